package ai.scorecard.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies an operator
 * names in {@code scorecard.trusted-proxies} (addresses or CIDR ranges); from anyone else every
 * {@code Forwarded}/{@code X-Forwarded-*} header is hidden, so a client cannot claim another address
 * (and escape sign-in throttling) or HTTPS. Behind a trusted proxy, the client is the right-most
 * address in {@code X-Forwarded-For} that is not itself a trusted proxy: the left part of that header
 * is whatever the client sent. {@code X-Forwarded-Host} is never honoured; links and redirects are
 * relative. Spring Boot's own handling is off ({@code server.forward-headers-strategy=none}).
 */
class TrustedProxies extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies;

    TrustedProxies(List<String> proxies) {
        this.proxies = proxies.stream().map(String::trim).filter(p -> !p.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(trusted(request.getRemoteAddr()) ? new Forwarded(request, this) : new Unforwarded(request),
                response);
    }

    /** Error pages need the same view of the request (HTTPS or not) as the page that failed. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    boolean trusted(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return proxies.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static boolean forwardingHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("forwarded") || lower.startsWith("x-forwarded-");
    }

    /** A request from a client: the forwarding headers it sent are not there. */
    private static class Unforwarded extends HttpServletRequestWrapper {

        Unforwarded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return forwardingHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return forwardingHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !forwardingHeader(name)).toList());
        }
    }

    /** A request through a trusted proxy: the client's address and scheme as the proxy reports them. */
    private static class Forwarded extends Unforwarded {

        private final String client;
        private final boolean https;

        Forwarded(HttpServletRequest request, TrustedProxies trust) {
            super(request);
            this.client = client(request, trust);
            String proto = request.getHeader("X-Forwarded-Proto");
            this.https = proto != null ? "https".equalsIgnoreCase(proto.split(",")[0].trim()) : request.isSecure();
        }

        private static String client(HttpServletRequest request, TrustedProxies trust) {
            String client = request.getRemoteAddr();
            List<String> hops = Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                    .flatMap(header -> List.of(header.split(",")).stream()).map(String::trim)
                    .filter(hop -> !hop.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                client = hops.get(i);
                if (!trust.trusted(client)) {
                    break;
                }
            }
            return client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return https;
        }

        @Override
        public String getScheme() {
            return https ? "https" : super.getScheme();
        }

        @Override
        public int getServerPort() {
            return https && !super.isSecure() ? 443 : super.getServerPort();
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (!(https && port == 443) && !(!https && port == 80)) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }
    }
}
