// The site header of server-rendered pages; a file rather than an inline script, so the CSP needs no exception.
DiploKG.mountHeader();
