package org.escalationrouter.web;

import java.nio.charset.StandardCharsets;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.OriginalFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of a case's files: the original e-mail or letter, and each attachment. Who may fetch
 * them is decided with the case page itself ({@link WebSecurity}: only viewers who may see the
 * case). Always sent as a download, never shown inline, so a hostile HTML file cannot run in the
 * dashboard's origin.
 */
@Controller
class CaseFiles {

  private final CaseStore cases;

  CaseFiles(CaseStore cases) {
    this.cases = cases;
  }

  @GetMapping("/cases/{id}/original")
  ResponseEntity<byte[]> original(@PathVariable String id) {
    OriginalFile original = find(id);
    return download(original.name(), original.mediaType(), original.bytes());
  }

  @GetMapping("/cases/{id}/attachments/{index}")
  ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable int index) {
    Attachments.Download d =
        Attachments.open(find(id), index)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such file"));
    return download(d.name(), d.mediaType(), d.bytes());
  }

  private OriginalFile find(String id) {
    return cases
        .original(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no file"));
  }

  private static ResponseEntity<byte[]> download(String name, String type, byte[] bytes) {
    MediaType mediaType;
    try {
      mediaType = MediaType.parseMediaType(type);
    } catch (IllegalArgumentException e) {
      mediaType = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok()
        .contentType(mediaType)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }
}
