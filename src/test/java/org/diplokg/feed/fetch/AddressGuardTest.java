package org.diplokg.feed.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(List.of("127.0.0.1", "Mirror.Local"));

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.2/x, loopback",
        "http://[::1]/x, loopback",
        "http://10.0.0.1/x, private",
        "http://192.168.1.20/x, private",
        "http://172.16.5.4/x, private",
        "http://169.254.169.254/latest/meta-data, link-local",
        "http://224.0.0.1/x, multicast",
        "http://0.0.0.0/x, unspecified",
        "http://100.64.1.1/x, reserved",
        "http://[fd00::1]/x, private",
        "http://[::ffff:10.1.2.3]/x, private"
    })
    void refusesNonPublicAddressesOfHostsNotAllowListed(String url, String kind) {
        FetchException e = catchThrowableOfType(FetchException.class, () -> guard.check(URI.create(url)));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED);
        assertThat(e.getMessage()).contains(kind + " address").contains("not in the allow-list");
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/a", "gopher://x/", "jar:file:/a!/b")) {
            FetchException e = catchThrowableOfType(FetchException.class, () -> guard.check(URI.create(url)));
            assertThat(e.getMessage()).contains("only http and https");
        }
    }

    @Test
    void letsAllowListedHostsAndPublicAddressesThrough() {
        assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/feed.xml")))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("https://mirror.local/feed.xml")))
                .doesNotThrowAnyException();
        assertThatCode(() -> guard.check(URI.create("https://93.184.215.14/"))).doesNotThrowAnyException();
    }

    @Test
    void hostGateKeepsTheDelayBetweenTwoRequestsToOneHostButNotAcrossHosts() throws Exception {
        HostGate gate = new HostGate(Duration.ofMillis(300));
        URI a = URI.create("http://a.example/1");
        URI b = URI.create("http://b.example/1");
        long t0 = System.nanoTime();
        gate.call(a, null, () -> 1);
        gate.call(b, null, () -> 1);
        long acrossHosts = System.nanoTime() - t0;
        gate.call(a, null, () -> 1);
        long sameHost = System.nanoTime() - t0;
        assertThat(Duration.ofNanos(acrossHosts)).isLessThan(Duration.ofMillis(250));
        assertThat(Duration.ofNanos(sameHost)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
}
