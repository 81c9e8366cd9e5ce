package org.centerformsc.portal.joining;

import org.centerformsc.portal.base.PortalLanguages;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.NotificationKind;
import org.centerformsc.portal.notifications.NotificationService;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.DirectoryEntry;
import org.centerformsc.portal.teaching.DirectoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * The welcome a new member is asked once after their first sign-in: each answer is kept by the feature it belongs
 * to (the member's record, e-mail choices, the directory), all in one transaction, so a refused answer stores
 * nothing. See docs/decisions/021-joining-and-first-sign-in.md.
 */
@Service
public class WelcomeService {

    static final int MAX_NAME = 200;

    private final MemberService members;
    private final NotificationService notifications;
    private final DirectoryService directory;
    private final CurrentMember currentMember;

    WelcomeService(MemberService members, NotificationService notifications, DirectoryService directory,
                   CurrentMember currentMember) {
        this.members = members;
        this.notifications = notifications;
        this.directory = directory;
        this.currentMember = currentMember;
    }

    /** What the form starts from: the signed-in member's record as the identity provider filled it in. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MemberProfile> startingPoint() {
        return members.currentProfile();
    }

    /** Whether the signed-in member may be listed in the public directory (teachers only). */
    public boolean mayBeListed() {
        return currentMember.hasRole(Roles.TEACHER);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberProfile welcome(WelcomeAnswers answers) {
        String name = answers.name() == null ? "" : answers.name().strip();
        if (name.isEmpty()) {
            throw new WelcomeRefused("welcome.refused.name");
        }
        if (name.length() > MAX_NAME) {
            throw new WelcomeRefused("welcome.refused.name.long");
        }
        if (answers.language() == null || PortalLanguages.match(answers.language()).isEmpty()) {
            throw new WelcomeRefused("welcome.refused.language");
        }
        if (answers.listedInDirectory() && !mayBeListed()) {
            throw new WelcomeRefused("welcome.refused.directory");
        }
        MemberProfile profile = members.welcome(name, answers.zone(), answers.language(), answers.newsletter());
        for (NotificationKind kind : NotificationKind.values()) {
            if (!kind.required()) {
                notifications.chooseEmail(kind, answers.emails().contains(kind));
            }
        }
        if (answers.listedInDirectory()) {
            DirectoryEntry entry = directory.myEntry();
            directory.saveMyEntry(new DirectoryEntry(name, true, entry.bio(), entry.bioPublic(), entry.languages(),
                    entry.languagesPublic(), entry.cityId(), entry.locationPublic(), entry.website(),
                    entry.websitePublic(), entry.hasPhoto(), entry.photoPublic(), entry.online(), entry.inPerson()));
        }
        return profile;
    }

    /** "Later": nothing is asked again; Profile has every answer. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void later() {
        members.putOffWelcome();
    }
}
