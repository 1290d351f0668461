package org.diplokg.bench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Spring floor of the HTTP overhead benchmark: inside DiploKG's own application context (Spring MVC,
 * its filters, observation and access log), answers each request with the bytes DiploKG's endpoint gave
 * for it, recorded beforehand, with no query work. A test component, so only the benchmarks that import it have it.
 */
@TestComponent
@RestController
class ReplayController {

    static final String PATH = "/bench/replay";

    private volatile Map<String, TransportFloor.Answer> answers = Map.of();

    void replay(Map<String, TransportFloor.Answer> recorded) {
        answers = Map.copyOf(recorded);
    }

    @GetMapping(PATH)
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TransportFloor.replay(answers, request, response);
    }
}
