package org.diplokg.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Clean URLs for the workbench pages (static files under {@code static/}). */
@Controller
public class PageController {

    @GetMapping("/graph")
    public String graph() {
        return "forward:/graph.html";
    }
}
