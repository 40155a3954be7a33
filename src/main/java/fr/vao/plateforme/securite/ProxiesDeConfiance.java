package fr.vao.plateforme.securite;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The proxies whose {@code X-Forwarded-*} headers are believed (ADR 0036): {@code vao.proxies-de-confiance}
 * (VAO_PROXIES_DE_CONFIANCE), addresses or CIDR blocks, becomes the internal proxies of the {@link RemoteIpValve}
 * that {@code server.forward-headers-strategy=native} installs, in place of Boot's default (every private network).
 * From any other peer the headers are ignored: {@code request.getRemoteAddr()} stays the peer, the scheme stays http.
 */
@Component
class ProxiesDeConfiance implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final String proxies;

    ProxiesDeConfiance(@Value("${vao.proxies-de-confiance:}") List<String> proxies) {
        this.proxies = versTomcat(proxies);
    }

    /**
     * Tomcat's value: its valve reads a value containing a "/" as CIDR blocks, any other as a regular expression;
     * each entry gets its prefix length ("10.1.2.3" → "10.1.2.3/32") so that a list of plain addresses is not read
     * as a regex matching nothing. An invalid entry stops the start. Empty: no proxy is trusted.
     */
    static String versTomcat(List<String> entrees) {
        return entrees.stream().map(String::strip).filter(e -> !e.isEmpty())
                .map(ProxiesDeConfiance::cidr).collect(Collectors.joining(","));
    }

    private static String cidr(String entree) {
        String cidr = entree.contains("/") ? entree : entree + (entree.contains(":") ? "/128" : "/32");
        new NetMask(cidr); // IllegalArgumentException on anything but an address or a CIDR block
        return cidr;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(proxies);
                    valve.setTrustedProxies(null);
                });
    }

    /** After Boot's customizer, which creates the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
