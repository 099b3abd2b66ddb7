package org.souk.install.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code souk.app-test.*}: the install test's run of the app in headless Chromium (F-11, F-13, V-06).
 *
 * @param onSubmission test every submitted version in the background (a submission never waits for it)
 * @param chromium the browser; where it or {@code chromedriver} is missing the report says the browser part was
 *        skipped
 * @param chromedriver the driver of that browser (Debian's {@code chromium-driver})
 * @param pageTimeout the longest the installer or the app page may take to load and, for the installer, to finish
 * @param runTimeout the longest one browser run may take in all; the browser is closed then, whatever it does
 * @param heapMb the JavaScript heap the app's pages may use, in megabytes
 * @param queue how many tests may wait for the browser on one node (one runs at a time); more are refused
 */
@ConfigurationProperties("souk.app-test")
public record AppTestSettings(@DefaultValue("true") boolean onSubmission,
        @DefaultValue("/usr/bin/chromium") String chromium, @DefaultValue("/usr/bin/chromedriver") String chromedriver,
        @DefaultValue("20s") Duration pageTimeout, @DefaultValue("90s") Duration runTimeout,
        @DefaultValue("256") int heapMb, @DefaultValue("20") int queue) {
}
