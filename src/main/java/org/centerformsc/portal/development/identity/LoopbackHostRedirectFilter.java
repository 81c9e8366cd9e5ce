package org.centerformsc.portal.development.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The development identity provider accepts only 127.0.0.1 redirect URIs (OAuth 2.1 forbids "localhost"), and
 * the login state lives in a cookie bound to the host name. So a visit to localhost moves to 127.0.0.1 first,
 * before any session exists, and the whole login happens on one host.
 */
class LoopbackHostRedirectFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"localhost".equalsIgnoreCase(request.getServerName())) {
            chain.doFilter(request, response);
            return;
        }
        StringBuilder target = new StringBuilder(request.getScheme()).append("://127.0.0.1:")
                .append(request.getServerPort()).append(request.getRequestURI());
        if (request.getQueryString() != null) {
            target.append('?').append(request.getQueryString());
        }
        response.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);
        response.setHeader("Location", target.toString());
    }
}
