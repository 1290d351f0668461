package org.diplokg.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The least any servlet-based SPARQL server can add to a query: a bare embedded Tomcat (the container
 * Spring Boot runs DiploKG in) whose one servlet answers each request with bytes recorded from
 * DiploKG's answer to the same request, with no query work, no Spring and no filters. Measured side
 * by side with the real endpoint, it splits HTTP's cost into what the container and client cost
 * anyway and what DiploKG's own layers add.
 */
final class TransportFloor implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final Path base;
    private final int port;

    /** One recorded answer: its content type and bytes. */
    record Answer(String contentType, byte[] body) {}

    /**
     * @param answers recorded answers by raw query string (the part of the request URI after {@code ?})
     */
    TransportFloor(Map<String, Answer> answers) throws IOException, LifecycleException {
        base = Files.createTempDirectory("diplokg-floor-");
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.toString());
        Tomcat.addServlet(context, "floor", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                replay(answers, req, resp);
            }
        });
        context.addServletMappingDecoded("/sparql", "floor");
        tomcat.start();
        port = connector.getLocalPort();
    }

    /** Answers {@code request} with the recorded answer for its query string, or 404. */
    static void replay(Map<String, Answer> answers, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Answer a = answers.get(request.getQueryString());
        if (a == null) {
            response.sendError(404);
            return;
        }
        // as DiploKG's ResultWriter: a 64 KiB buffer and no explicit length, so Tomcat sends Content-Length for answers
        // that fit the buffer and chunks larger ones, exactly as for the endpoint's own answers
        response.setBufferSize(64 * 1024);
        response.setContentType(a.contentType());
        response.getOutputStream().write(a.body());
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws LifecycleException, IOException {
        tomcat.stop();
        tomcat.destroy();
        org.springframework.util.FileSystemUtils.deleteRecursively(base);
    }
}
