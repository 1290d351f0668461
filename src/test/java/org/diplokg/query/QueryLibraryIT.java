package org.diplokg.query;

import org.diplokg.support.HttpTestClient;
import org.diplokg.support.ProjectDataServer;

/** The query library over the embedded TDB2 store. */
class QueryLibraryIT extends ProjectDataServer implements QueryLibraryContract {

    @Override
    public HttpTestClient client() {
        return http;
    }

    @org.junit.jupiter.api.Test
    void openApiDescribesTheQueryApi() {
        var r = http.get("/v3/api-docs");
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(r.body())
                .contains(
                        "\"/api/queries\"",
                        "\"/api/queries/{name}\"",
                        "\"/api/search\"",
                        "\"/api/graph\"",
                        "\"/api/articles\"",
                        "ArticleRequest");
        org.assertj.core.api.Assertions.assertThat(r.body())
                .contains("\"name\":\"limit\"", "\"name\":\"offset\"", "rel=\\\"next\\\"");
    }
}
