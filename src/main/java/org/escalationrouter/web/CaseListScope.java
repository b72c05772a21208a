package org.escalationrouter.web;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Narrows the case list of {@code GET /api/cases} to the viewer's scope. The list is written by the
 * cases feature, which knows nothing of logins; its summaries carry the {@code executive} each case
 * was routed to, and that is all this needs. Single cases are guarded in {@link WebSecurity}.
 */
@ControllerAdvice
class CaseListScope implements ResponseBodyAdvice<Object> {

  private static final String CASE_CONTROLLER = "org.escalationrouter.cases.CaseController";

  private final Viewers viewers;

  CaseListScope(Viewers viewers) {
    this.viewers = viewers;
  }

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return returnType.getContainingClass().getName().equals(CASE_CONTROLLER)
        && List.class.isAssignableFrom(returnType.getParameterType());
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (!(body instanceof List<?> list)) {
      return body;
    }
    CaseScope scope = viewers.scope(SecurityContextHolder.getContext().getAuthentication());
    if (scope.all()) {
      return body;
    }
    return list.stream().filter(item -> scope.allows(executiveOf(item))).toList();
  }

  /** The {@code executive} of a case summary record; a list of anything else shows nothing. */
  static String executiveOf(Object item) {
    if (item instanceof Map<?, ?> map) {
      Object e = map.get("executive");
      return e == null ? null : e.toString();
    }
    if (item != null && item.getClass().isRecord()) {
      for (RecordComponent c : item.getClass().getRecordComponents()) {
        if (c.getName().equals("executive")) {
          try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            Object e = accessor.invoke(item);
            return e == null ? null : e.toString();
          } catch (ReflectiveOperationException e) {
            return null;
          }
        }
      }
    }
    return null;
  }
}
