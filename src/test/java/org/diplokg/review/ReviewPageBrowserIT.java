package org.diplokg.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.diplokg.support.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The /review page in headless Chromium: the queue shows each sentence with its span in a mark, a reviewer
 * pastes a token and decides with the keyboard (j to the item, a to accept), and the decision lands in the graph.
 */
class ReviewPageBrowserIT extends ReviewServer {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    @Test
    void reviewerSeesTheMarkedSpanAndAcceptsWithTheKeyboard() {
        String graph = ingest("https://example.org/review/browser", ReviewIT.ARTICLE.formatted("17"))
                .get("graph")
                .asString();
        BROWSER.driver().get(http.base() + "/review");
        WebDriverWait wait = new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30));
        wait.until(d -> BROWSER.js("return document.body.dataset.loaded") != null);
        BROWSER.screenshot("review-queue");
        assertThat(BROWSER.driver().findElements(By.cssSelector("header.top nav a")))
                .isNotEmpty();
        assertThat(BROWSER.driver().findElements(By.cssSelector(".review-item blockquote.sentence mark")))
                .isNotEmpty();
        // the figure's span, in its sentence
        String figureId = ReviewServer.JSON
                .readTree(http.get("/api/review?status=open&limit=500").body())
                .get("items")
                .valueStream()
                .filter(i -> i.get("graph").asString().equals(graph)
                        && i.get("fact").asString().contains("/id/figure/"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        // show enough items to reach it: page through until it is on screen
        for (int page = 0;
                page < 10
                        && BROWSER.driver()
                                .findElements(By.cssSelector(".review-item[data-id='" + figureId + "']"))
                                .isEmpty();
                page++) {
            String before = (String) BROWSER.js("return document.body.dataset.loaded");
            BROWSER.driver().findElement(By.id("next")).click();
            wait.until(d -> !before.equals(BROWSER.js("return document.body.dataset.loaded")));
        }
        WebElement item = BROWSER.driver().findElement(By.cssSelector(".review-item[data-id='" + figureId + "']"));
        assertThat(item.findElement(By.cssSelector("mark")).getText()).isEqualTo("14,6 tỷ USD");
        assertThat(item.findElement(By.cssSelector("blockquote")).getText()).contains("kim ngạch thương mại");
        assertThat(item.findElements(By.cssSelector("button.accept, button.reject, button.correct")))
                .hasSize(3);

        BROWSER.driver().findElement(By.id("token")).sendKeys(ALICE);
        item.findElement(By.cssSelector("input[name=comment]")).sendKeys("seen in the article");
        BROWSER.js("arguments[0].focus()", item);
        new Actions(BROWSER.driver()).sendKeys("a").perform();
        wait.until(d -> BROWSER.driver().findElement(By.id("message")).getText().contains("accepted"));
        BROWSER.screenshot("review-accepted");
        assertThat(ask("ASK { GRAPH <" + ReviewIT.REVIEW + "> { ?d dk:reviewItem \"" + figureId
                        + "\" ; dk:decision dk:Accepted ; "
                        + "rdfs:comment \"seen in the article\" ; prov:wasAssociatedWith/rdfs:label \"alice\" } }"))
                .isTrue();

        // j moves the focus to the next item
        BROWSER.js("document.querySelector('.review-item').focus()");
        String first = (String) BROWSER.js("return document.activeElement.dataset.id");
        new Actions(BROWSER.driver()).sendKeys("j").perform();
        String second = (String) BROWSER.js("return document.activeElement.dataset.id");
        assertThat(second).isNotNull().isNotEqualTo(first);
    }
}
