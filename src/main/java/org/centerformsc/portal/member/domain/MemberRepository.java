package org.centerformsc.portal.member.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByIssuerAndSubject(String issuer, String subject);

    Optional<Member> findFirstByEmailIgnoreCase(String email);
}
