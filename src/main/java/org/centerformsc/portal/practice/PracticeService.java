package org.centerformsc.portal.practice;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.practice.domain.PracticeEntry;
import org.centerformsc.portal.practice.domain.PracticeEntryRepository;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The member's own practice log; eligibility's daily-practice condition and the teacher pathway read it. */
@Service
public class PracticeService {

    public static final int MAX_MINUTES = 600;

    private final PracticeEntryRepository entries;
    private final MemberService members;
    private final PracticeSettings settings;
    private final CurrentMember currentMember;
    private final Clock clock;

    PracticeService(PracticeEntryRepository entries, MemberService members, PracticeSettings settings,
                    CurrentMember currentMember, Clock clock) {
        this.entries = entries;
        this.members = members;
        this.currentMember = currentMember;
        this.settings = settings;
        this.clock = clock;
    }

    /** Logs one practice. The day may be today in any zone on Earth, or up to a year back. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void log(LocalDate day, int minutes, String practice, String note) {
        LocalDate latest = clock.instant().atZone(ZoneOffset.ofHours(14)).toLocalDate();
        if (day == null || day.isAfter(latest) || day.isBefore(latest.minusYears(1))) {
            throw new PracticeInputRefused("practice.refused.day");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new PracticeInputRefused("practice.refused.minutes");
        }
        if (practice == null || practice.isBlank() || practice.length() > 60) {
            throw new PracticeInputRefused("practice.refused.practice");
        }
        if (note != null && note.length() > 500) {
            throw new PracticeInputRefused("practice.refused.note");
        }
        entries.save(new PracticeEntry(members.currentMemberId().value(), day, minutes, practice.strip(),
                note == null || note.isBlank() ? null : note.strip(), clock.instant()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PracticeSummary mySummary(YearMonth month) {
        long member = members.currentMemberId().value();
        LocalDate today = clock.instant().atZone(members.preferredZone().orElse(ZoneId.of("UTC"))).toLocalDate();
        List<PracticeEntry> inMonth = entries.findByMemberIdAndPracticedOnBetweenOrderByPracticedOnDesc(member,
                month.atDay(1), month.atEndOfMonth());
        Set<LocalDate> days = inMonth.stream().map(PracticeEntry::getPracticedOn).collect(Collectors.toSet());
        LocalDate utcToday = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        int inWindow = entries.countDays(member, utcToday.minusDays(settings.windowDays() - 1L), utcToday);
        return new PracticeSummary(streak(member, today), inWindow, settings.requiredDays(), settings.windowDays(),
                month, days, inMonth.stream().map(e -> new PracticeSummary.Entry(e.getPracticedOn(), e.getMinutes(),
                e.getPractice(), e.getNote())).toList());
    }

    /** The first days a member practised, oldest first: the teacher pathway's "established practice". */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LocalDate> firstPracticeDays(MemberId member, int limit) {
        requireSelfStaffOrSystem(member);
        return entries.firstDays(member.value(), PageRequest.of(0, Math.max(1, limit)));
    }

    private void requireSelfStaffOrSystem(MemberId member) {
        if (!currentMember.isStaffOrSystem() && !members.currentMemberId().equals(member)) {
            throw new AccessDeniedException("Not your practice log");
        }
    }

    /** Consecutive days with practice up to today, or up to yesterday while today is still open. */
    private int streak(long member, LocalDate today) {
        List<LocalDate> days = entries.daysUpTo(member, today, PageRequest.of(0, 400));
        LocalDate expected = !days.isEmpty() && days.get(0).equals(today) ? today : today.minusDays(1);
        int streak = 0;
        for (LocalDate day : days) {
            if (day.isAfter(expected)) {
                continue;
            }
            if (!day.equals(expected)) {
                break;
            }
            streak++;
            expected = expected.minusDays(1);
        }
        return streak;
    }

    /**
     * A member's streak and their days of practice in the condition's window (no month's entries): staff's page of
     * the member. Days are counted in UTC, as the condition counts them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public PracticeSummary summaryOf(MemberId member) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        int inWindow = entries.countDays(member.value(), today.minusDays(settings.windowDays() - 1L), today);
        return new PracticeSummary(streak(member.value(), today), inWindow, settings.requiredDays(),
                settings.windowDays(), YearMonth.from(today), Set.of(), List.of());
    }
}
