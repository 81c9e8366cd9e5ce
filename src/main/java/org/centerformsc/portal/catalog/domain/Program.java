package org.centerformsc.portal.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.centerformsc.portal.catalog.ProgramLevel;
import org.centerformsc.portal.catalog.ProgramStatus;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is taught, e.g. Mindful Self-Compassion or Teacher Training. The code never changes; an archived program
 * takes no new offerings (docs/decisions/013).
 */
@Entity
@Table(name = "program")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgramLevel level = ProgramLevel.CORE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProgramStatus status = ProgramStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "program_language", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "language", nullable = false)
    private Set<String> languages = new HashSet<>(Set.of("en"));

    @ElementCollection
    @CollectionTable(name = "program_translation", joinColumns = @JoinColumn(name = "program_id"))
    @MapKeyColumn(name = "language")
    private Map<String, ProgramText> translations = new HashMap<>();

    protected Program() {
    }

    /** A core course taught in English, as programs were before staff kept them. */
    public Program(String code, String name, String summary) {
        this.code = code;
        this.name = name;
        this.summary = summary;
    }

    public Program(String code, String name, String summary, String description, Collection<String> languages,
                   ProgramLevel level) {
        this.code = code;
        describe(name, summary, description, languages, level);
    }

    /** Everything but the code and the status, which have their own rules. */
    public void describe(String name, String summary, String description, Collection<String> languages,
                         ProgramLevel level) {
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.languages.retainAll(languages);
        this.languages.addAll(languages);
        this.level = level;
    }

    public void archive() {
        status = ProgramStatus.ARCHIVED;
    }

    public void restore() {
        status = ProgramStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == ProgramStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public ProgramLevel getLevel() {
        return level;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    /** Replaces the translations: a language left out has none any more. */
    public void translate(Map<String, ProgramText> byLanguage) {
        translations.keySet().retainAll(byLanguage.keySet());
        translations.putAll(byLanguage);
    }

    public Map<String, ProgramText> getTranslations() {
        return Map.copyOf(translations);
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }
}
