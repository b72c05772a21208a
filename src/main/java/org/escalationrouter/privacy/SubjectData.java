package org.escalationrouter.privacy;

import java.time.Instant;
import java.util.List;

/** Everything held about one address (GDPR Art. 15), as the export's JSON. */
public record SubjectData(
    String email,
    Instant exportedAt,
    List<String> names,
    List<CaseData> cases,
    List<AutomatedMailData> automatedMail,
    List<QuarantineData> quarantine,
    List<EventData> mentionsInOtherCases,
    boolean addressHealth) {

  /** A case with its evidence, timeline and outgoing mail; the original is in the ZIP. */
  public record CaseData(
      String id,
      Instant receivedAt,
      String mailbox,
      String sender,
      String subject,
      String severity,
      String signals,
      String status,
      String executive,
      String newText,
      String originalFile,
      List<EvidenceData> evidence,
      List<EventData> timeline,
      List<OutgoingData> outgoing) {}

  public record EvidenceData(String signal, String phrase, String location) {}

  public record EventData(long id, String caseId, Instant at, String kind, String detail) {}

  /** An escalation or notice about the case, sent to an executive or a channel. */
  public record OutgoingData(String kind, String to, String status, Instant createdAt) {}

  public record AutomatedMailData(
      long id, Instant receivedAt, String kind, String sender, String subject, String records) {}

  /** A quarantined message; its bytes are in the ZIP. */
  public record QuarantineData(
      long id, Instant receivedAt, String mailbox, String source, String reason, String status) {}
}
