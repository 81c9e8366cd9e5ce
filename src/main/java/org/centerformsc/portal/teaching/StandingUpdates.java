package org.centerformsc.portal.teaching;

import org.centerformsc.portal.completion.CompletionChanged;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberRecorded;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the stored standing of teachers true: in the same transaction as a completion change, at a teacher's
 * sign-in, and every night, when the date alone can make a deadline overdue or a renewal lapse. A sign-in without
 * the teacher role takes a former teacher out of the directory.
 */
@Component
class StandingUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(StandingUpdates.class);
    private static final int BATCH = 200;

    private final PathwayService pathway;
    private final DirectoryService directory;

    StandingUpdates(PathwayService pathway, DirectoryService directory) {
        this.pathway = pathway;
        this.directory = directory;
    }

    @EventListener
    void on(CompletionChanged changed) {
        SystemAuthentication.asSystem(() -> {
            pathway.refreshIfTracked(changed.member());
            return null;
        });
    }

    @EventListener
    void on(MemberRecorded recorded) {
        if (recorded.roles().contains(Roles.TEACHER)) {
            SystemAuthentication.asSystem(() -> pathway.track(recorded.member()));
        } else {
            SystemAuthentication.asSystem(() -> {
                directory.unlistFormerTeacher(recorded.member());
                return null;
            });
        }
    }

    @Scheduled(cron = "${portal.pathway.nightly-cron:0 20 2 * * *}", zone = "UTC")
    @SchedulerLock(name = "pathway-nightly-standings")
    void nightly() {
        int count = SystemAuthentication.asSystem(() -> {
            int done = 0;
            for (int offset = 0; ; offset += BATCH) {
                List<MemberId> teachers = pathway.trackedTeachers(offset, BATCH);
                teachers.forEach(pathway::refreshIfTracked);
                done += teachers.size();
                if (teachers.size() < BATCH) {
                    return done;
                }
            }
        });
        LOG.info("Recomputed the standing of {} teachers", count);
    }
}
