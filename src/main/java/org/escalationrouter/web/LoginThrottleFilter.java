package org.escalationrouter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (the form's POST or a request carrying Basic credentials) with 429 while
 * {@link LoginThrottle} says its account or address has failed too often.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = attemptedUser(request);
    if (username != null && throttle.blocked(username, request.getRemoteAddr())) {
      response.setStatus(429);
      response.setHeader(HttpHeaders.RETRY_AFTER, "900");
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Too many failed logins; try again later.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The user name a request tries to log in as, or null when it is no login attempt. */
  private static String attemptedUser(HttpServletRequest request) {
    if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
      String username = request.getParameter("username");
      return username == null ? "" : username;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 0 ? pair : pair.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return null;
  }
}
