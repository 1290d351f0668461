package org.diplokg.feed.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a URL may be contacted at all: {@code http}/{@code https} only, and the host must
 * not resolve to a loopback, private, link-local, multicast, unspecified or otherwise reserved
 * address unless the host name is allow-listed. This is what keeps a feed (or a redirect in it)
 * from turning the server into a probe of its own network.
 */
public final class AddressGuard {

    private final Set<String> allowHosts;

    public AddressGuard(List<String> allowHosts) {
        this.allowHosts = Set.copyOf(
                allowHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    }

    /** Throws a {@link FetchException} of kind {@code REFUSED} when {@code uri} must not be contacted. */
    public void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(
                    FetchException.Kind.REFUSED,
                    "only http and https are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":"));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException(FetchException.Kind.REFUSED, "URL has no host: " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowHosts.contains(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.IO, "unknown host " + host);
        }
        for (InetAddress a : addresses) {
            String why = forbidden(a);
            if (why != null) {
                throw new FetchException(
                        FetchException.Kind.REFUSED,
                        "host " + host + " resolves to " + why + " address " + a.getHostAddress()
                                + " and is not in the allow-list");
            }
        }
    }

    /** Why {@code a} is not a public address, or null if it is. */
    static String forbidden(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (a.isLoopbackAddress()) {
            return "a loopback";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "a private";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0
                    || first >= 240
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second == 18 || second == 19))
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)) {
                return "a reserved";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private";
            }
        }
        return null;
    }
}
