package org.centerformsc.portal.member.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByIssuerAndSubject(String issuer, String subject);

    Optional<Member> findFirstByEmailIgnoreCase(String email);

    /** {@code pattern} is a LIKE pattern escaped with '!'; the columns' collation ignores case. */
    @Query("""
            select m.id from Member m
            where m.displayName like :pattern escape '!' or m.email like :pattern escape '!'
            order by m.id""")
    List<Long> findIdsMatching(String pattern, Pageable page);

    /** As {@link #findIdsMatching}, whole records, by name. */
    @Query("""
            select m from Member m
            where m.displayName like :pattern escape '!' or m.email like :pattern escape '!'
            order by m.displayName, m.id""")
    List<Member> findMatching(String pattern, Pageable page);

    /**
     * Members whose name, family name (the name's last word) or e-mail starts with {@code prefix} (a LIKE pattern
     * escaped with '!'), by name: the first {@code window} (offset + limit) of each of the three index ranges, then
     * the page among those, so no more than three windows of rows are sorted however many match
     * (docs/decisions/022).
     */
    @Query(value = """
            select m.* from member m join (
                (select id, display_name from member where display_name like :prefix escape '!'
                 order by display_name, id limit :window)
                union
                (select id, display_name from member where family_name like :prefix escape '!'
                 order by display_name, id limit :window)
                union
                (select id, display_name from member where email like :prefix escape '!'
                 order by display_name, id limit :window)) found on found.id = m.id
            order by found.display_name, found.id limit :limit offset :offset""", nativeQuery = true)
    List<Member> findByPrefix(String prefix, int window, int offset, int limit);

    /**
     * How many {@link #findByPrefix} finds: the ids of the three index ranges, read from the indexes alone and made
     * distinct, instead of merging the ranges and reading every row they point to (a seventh of the time at 250,000).
     */
    @Query(value = """
            select count(*) from (
                select id from member where display_name like :prefix escape '!'
                union select id from member where family_name like :prefix escape '!'
                union select id from member where email like :prefix escape '!') found""", nativeQuery = true)
    long countByPrefix(String prefix);
}
