package org.centerformsc.portal.completion.domain;

import org.centerformsc.portal.completion.CompletionChanged;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The one way completions are written, whichever service writes them: each new completion and each change is
 * audited and announced ({@link CompletionChanged}) in the caller's transaction.
 */
@Component
public class AuditedChanges {

    private final CompletionRepository completions;
    private final CompletionAuditRepository audit;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditedChanges(CompletionRepository completions, CompletionAuditRepository audit, MemberService members,
                   ApplicationEventPublisher events, Clock clock) {
        this.completions = completions;
        this.audit = audit;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    public Completion add(Completion completion) {
        Completion saved = completions.save(completion);
        record(saved, null);
        return saved;
    }

    public void change(Completion completion, Consumer<Completion> change) {
        String before = completion.snapshot();
        change.accept(completion);
        completions.saveAndFlush(completion);
        record(completion, before);
    }

    private void record(Completion completion, String before) {
        audit.save(new CompletionAudit(completion.getId(), clock.instant(), members.actorName(), before,
                completion.snapshot()));
        events.publishEvent(new CompletionChanged(new MemberId(completion.getMemberId())));
    }
}
