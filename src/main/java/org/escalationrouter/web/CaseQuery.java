package org.escalationrouter.web;

import java.util.List;
import org.escalationrouter.cases.CaseReadModel;
import org.escalationrouter.facts.Signal;
import org.springframework.stereotype.Component;

/**
 * The cases page's list, filtered and sorted by the deadline that comes first (cases without a
 * running deadline last), read through the cases feature's read model.
 */
@Component
class CaseQuery {

  static final int LIMIT = 300;

  private final CaseReadModel cases;

  CaseQuery(CaseReadModel cases) {
    this.cases = cases;
  }

  List<CaseRow> find(CaseFilter filter, CaseScope scope) {
    var query =
        new CaseReadModel.ListQuery(
            filter.statuses(),
            filter.severity(),
            filter.signal(),
            filter.executive(),
            filter.search(),
            scope.visible(),
            LIMIT);
    return cases.list(query).stream()
        .map(
            c ->
                new CaseRow(
                    c.id(),
                    c.subject(),
                    c.sender(),
                    c.severity().wireName(),
                    c.signals().stream().map(Signal::wireName).toList(),
                    c.executive(),
                    c.status(),
                    c.receivedAt(),
                    c.deadline(),
                    c.deadline() == null ? null : c.acknowledgeBy() ? "acknowledge" : "resolve"))
        .toList();
  }
}
