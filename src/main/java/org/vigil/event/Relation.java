package org.vigil.event;

import java.util.List;

/** A stated relation between actors: "led by", "a faction of", "shares lineage with", "mediated by", "holds office". */
public record Relation(String id, String articleId, ActorRef subject, String relation, ActorRef object,
                       List<Evidence> evidence) {
    public Relation {
        evidence = List.copyOf(evidence);
    }
}
