package org.escalationrouter.privacy;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Access and erasure requests for one person, by e-mail address (admin only, see WebSecurity):
 * {@code POST /api/subjects/erase} and {@code GET /api/subjects/export?email=} ({@code
 * &format=zip}).
 */
@RestController
class SubjectsController {

  private final SubjectErasure erasure;
  private final SubjectExport export;

  SubjectsController(SubjectErasure erasure, SubjectExport export) {
    this.erasure = erasure;
    this.export = export;
  }

  /**
   * An erasure request.
   *
   * @param email the person's address
   * @param force erase even cases whose deadlines still run (they are cancelled); absent is false
   */
  record EraseRequest(String email, Boolean force) {

    boolean forced() {
      return Boolean.TRUE.equals(force);
    }
  }

  /** 200 with the report when erased; 409 with the report naming the open cases when refused. */
  @PostMapping("/api/subjects/erase")
  ResponseEntity<ErasureReport> erase(@RequestBody EraseRequest request) {
    ErasureReport report = erasure.erase(new SubjectAddress(request.email()), request.forced());
    return ResponseEntity.status(report.erased() ? HttpStatus.OK : HttpStatus.CONFLICT)
        .body(report);
  }

  @GetMapping("/api/subjects/export")
  SubjectData export(@RequestParam String email) {
    return export.collect(new SubjectAddress(email), "json");
  }

  /** The same as a ZIP: {@code subject.json} with the originals and quarantined messages. */
  @GetMapping(value = "/api/subjects/export", params = "format=zip")
  ResponseEntity<StreamingResponseBody> exportZip(@RequestParam String email) {
    SubjectData data = export.collect(new SubjectAddress(email), "zip");
    StreamingResponseBody body = out -> export.zip(data, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("subject-export.zip").build().toString())
        .body(body);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<String> badAddress(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(e.getMessage());
  }
}
