package org.communitybudgets.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The service's Content-Security-Policy: its JSON answers allow nothing to load or run; a page it
 * serves (the report) carries its own policy, which the header repeats.
 */
final class Pages {
  /** The policy of every answer that is not a page. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** The policy of the contract's page: Swagger UI's script and style from the service itself, and nothing else. */
  static final String DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
      + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static final Pattern META = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"");

  private Pages() {}

  /** The requests answered with a page, whose policy is the page's own. */
  static final RequestMatcher PAGES = (HttpServletRequest r) -> {
    String path = r.getRequestURI();
    return path.endsWith("/report") || path.equals("/v1/docs");
  };

  /** The policy a page states in its meta tag, or the API's where it states none. */
  static String policyOf(String html) {
    Matcher m = META.matcher(html);
    return m.find() ? m.group(1).replace("&#39;", "'").replace("&amp;", "&") : API_POLICY;
  }
}
