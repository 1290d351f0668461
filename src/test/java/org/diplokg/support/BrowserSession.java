package org.diplokg.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium per test class ({@code @RegisterExtension static final BrowserSession BROWSER = ...}),
 * started before the first test and quit after the last, so page tests do not each repeat the set-up.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private WebDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = HeadlessChromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Runs a script in the current page and answers its result. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }
}
