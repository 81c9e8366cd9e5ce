package org.centerformsc.portal.teaching;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.GreatCircle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The public directory on the real MariaDB: distance, filters, paging, consent and what teachers may enter. */
@IntegrationTest
class DirectoryServiceTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    MemberService members;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    TestTeachers teachers;

    @BeforeEach
    void teachers() {
        teachers = new TestTeachers(context);
    }

    @Test
    void withinARadiusOfAPlaceSortedByDistanceWithTheDistanceShown() {
        OAuth2AuthenticationToken amsterdam = teachers.teacher("Amsterdam");
        teachers.save(amsterdam, teachers.publicEntry(amsterdam, "Amsterdam", "nl"));
        OAuth2AuthenticationToken amersfoort = teachers.teacher("Amersfoort");
        teachers.save(amersfoort, teachers.publicEntry(amersfoort, "Amersfoort", "nl"));
        OAuth2AuthenticationToken groningen = teachers.teacher("Groningen");
        teachers.save(groningen, teachers.publicEntry(groningen, "Groningen", "nl"));
        OAuth2AuthenticationToken madrid = teachers.teacher("Madrid");
        teachers.save(madrid, teachers.publicEntry(madrid, "Madrid", "es"));
        String utrecht = teachers.cityId("Utrecht");

        var within50 = directory.search(query(utrecht, 50), 0, 20);
        assertThat(within50).extracting(DirectoryCard::city).containsExactly("Amersfoort", "Amsterdam");
        assertThat(within50.get(0).distanceKm()).isCloseTo(20, within(1.5));
        assertThat(within50.get(1).distanceKm()).isCloseTo(35, within(1.5));
        assertThat(directory.count(query(utrecht, 50))).isEqualTo(2);

        assertThat(directory.search(query(utrecht, 250), 0, 20)).extracting(DirectoryCard::city)
                .containsExactly("Amersfoort", "Amsterdam", "Groningen");
        // no radius: everyone, nearest first
        assertThat(directory.search(query(utrecht, null), 0, 20)).extracting(DirectoryCard::city)
                .containsExactly("Amersfoort", "Amsterdam", "Groningen", "Madrid");
    }

    @Test
    void theDistanceInTheDatabaseAgreesWithTheGreatCircle() {
        OAuth2AuthenticationToken osaka = teachers.teacher("Osaka");
        teachers.save(osaka, teachers.publicEntry(osaka, "Osaka", "ja"));

        DirectoryCard found = directory.search(query(teachers.cityId("Tokyo"), 1000), 0, 5).get(0);

        assertThat(found.distanceKm()).isCloseTo(GreatCircle.km(gazetteer.resolve("Tokyo").orElseThrow(),
                gazetteer.resolve("Osaka").orElseThrow()), within(0.01)).isCloseTo(397, within(4.0));
        assertThat(directory.search(query(teachers.cityId("Tokyo"), 250), 0, 5)).isEmpty();
    }

    @Test
    void aRadiusAcrossTheDateLineFindsTheOtherSide() {
        OAuth2AuthenticationToken tonga = teachers.teacher("Tonga");
        teachers.save(tonga, teachers.publicEntry(tonga, "Vaini", "en"));

        assertThat(directory.search(query(teachers.cityId("Suva"), 1000), 0, 5)).extracting(DirectoryCard::city)
                .containsExactly("Vaini");
        assertThat(directory.search(query(teachers.cityId("Suva"), 250), 0, 5)).isEmpty();
    }

    @Test
    void aUsZipCodeIsAPlaceToSearchFrom() {
        OAuth2AuthenticationToken oakland = teachers.teacher("Oakland");
        teachers.save(oakland, teachers.publicEntry(oakland, "Oakland", "en"));

        assertThat(directory.search(query("US-94110", 25), 0, 5)).extracting(DirectoryCard::city)
                .containsExactly("Oakland");
    }

    @Test
    void trainingLevelIsDerivedFromRecordsAndFollowsThem() {
        OAuth2AuthenticationToken token = teachers.teacher("Levels");
        teachers.save(token, teachers.publicEntry(token, "Utrecht", "nl"));
        var byName = new DirectoryQuery(teachers.tag, null, null, null, null, DeliveryMode.ANY);
        assertThat(directory.search(byName, 0, 5)).extracting(DirectoryCard::level)
                .containsExactly(TrainingLevel.IN_TRAINING);

        LocalDate today = LocalDate.now(clock);
        teachers.trained(teachers.id(token), today.minusYears(1));
        assertThat(directory.search(byName, 0, 5)).extracting(DirectoryCard::level)
                .containsExactly(TrainingLevel.TRAINED);

        teachers.certified(teachers.id(token), today.minusYears(1));
        assertThat(directory.search(byName, 0, 5)).extracting(DirectoryCard::level)
                .containsExactly(TrainingLevel.CERTIFIED);
        assertThat(directory.count(new DirectoryQuery(teachers.tag, null, null, TrainingLevel.TRAINED, null,
                DeliveryMode.ANY))).isZero();
        assertThat(directory.publicProfile(teachers.id(token)).orElseThrow().level())
                .isEqualTo(TrainingLevel.CERTIFIED);
    }

    @Test
    void filtersByLanguageAndWayOfTeaching() {
        OAuth2AuthenticationToken online = teachers.teacher("Online");
        teachers.save(online, onlyOnline(teachers.publicEntry(online, "Berlin", "de", "en")));
        OAuth2AuthenticationToken both = teachers.teacher("Both");
        teachers.save(both, teachers.publicEntry(both, "Berlin", "de"));

        assertThat(names(new DirectoryQuery(teachers.tag, null, null, null, "en", DeliveryMode.ANY)))
                .containsExactly("Online " + teachers.tag);
        assertThat(names(new DirectoryQuery(teachers.tag, null, null, null, "de", DeliveryMode.IN_PERSON)))
                .containsExactly("Both " + teachers.tag);
        assertThat(names(new DirectoryQuery(teachers.tag, null, null, null, "de", DeliveryMode.ONLINE)))
                .containsExactly("Both " + teachers.tag, "Online " + teachers.tag);
        assertThat(directory.search(new DirectoryQuery(teachers.tag, null, null, null, null, DeliveryMode.ANY), 0,
                5).get(1).languages()).containsExactly("de", "en");
    }

    @Test
    void pagesThroughResultsInNameOrder() {
        for (String first : new String[]{"Ada", "Bea", "Cas", "Dirk", "Els"}) {
            OAuth2AuthenticationToken token = teachers.teacher(first);
            teachers.save(token, teachers.publicEntry(token, "Leiden", "nl"));
        }
        var everyone = new DirectoryQuery(teachers.tag, null, null, null, null, DeliveryMode.ANY);

        assertThat(directory.count(everyone)).isEqualTo(5);
        assertThat(directory.search(everyone, 0, 2)).extracting(DirectoryCard::name)
                .containsExactly("Ada " + teachers.tag, "Bea " + teachers.tag);
        assertThat(directory.search(everyone, 4, 2)).extracting(DirectoryCard::name)
                .containsExactly("Els " + teachers.tag);
    }

    @Test
    void aNameSearchTakesWildcardsLiterally() {
        OAuth2AuthenticationToken token = teachers.teacher("Wild");
        teachers.save(token, teachers.publicEntry(token, "Leiden", "nl"));

        assertThat(directory.count(new DirectoryQuery("%", null, null, null, null, DeliveryMode.ANY)))
                .isZero();
        assertThat(directory.count(new DirectoryQuery("wild " + teachers.tag.toLowerCase(), null, null, null, null,
                DeliveryMode.ANY))).isEqualTo(1);
    }

    @Test
    void aPrivateFieldIsNeitherShownNorSearchable() {
        OAuth2AuthenticationToken token = teachers.teacher("Private");
        teachers.save(token, new DirectoryEntry(teachers.nameOf(token), true, "My private story", false,
                Set.of("sv"), false, teachers.cityId("Uppsala"), false, "https://private.example.org", false, false,
                false, true, false));
        var byName = new DirectoryQuery(teachers.tag, null, null, null, null, DeliveryMode.ANY);

        DirectoryCard card = directory.search(byName, 0, 5).get(0);
        assertThat(card.city()).isNull();
        assertThat(card.countryCode()).isNull();
        assertThat(card.distanceKm()).isNull();
        assertThat(card.languages()).isEmpty();
        // a filter on a private field would reveal it: it finds nobody
        assertThat(directory.count(new DirectoryQuery(teachers.tag, null, null, null, "sv", DeliveryMode.ANY)))
                .isZero();
        assertThat(directory.count(new DirectoryQuery(teachers.tag, teachers.cityId("Uppsala"), 1000, null, null,
                DeliveryMode.ANY))).isZero();
        assertThat(directory.search(new DirectoryQuery(teachers.tag, teachers.cityId("Uppsala"), null, null, null,
                DeliveryMode.ANY), 0, 5)).singleElement().satisfies(c -> assertThat(c.distanceKm()).isNull());

        PublicProfile page = directory.publicProfile(teachers.id(token)).orElseThrow();
        assertThat(page.toString()).doesNotContain("My private story", "Uppsala", "private.example.org", "sv", "SE");
        assertThat(page.bio()).isNull();
        assertThat(page.city()).isNull();
        assertThat(page.website()).isNull();
        assertThat(page.languages()).isEmpty();
    }

    @Test
    void anUnlistedTeacherIsNotInTheDirectoryAtAll() {
        OAuth2AuthenticationToken token = teachers.teacher("Unlisted");
        DirectoryEntry entry = teachers.publicEntry(token, "Utrecht", "nl");
        teachers.save(token, new DirectoryEntry(entry.displayName(), false, entry.bio(), true, entry.languages(),
                true, entry.cityId(), true, entry.website(), true, false, false, true, true));

        assertThat(directory.count(new DirectoryQuery(teachers.tag, null, null, null, null, DeliveryMode.ANY)))
                .isZero();
        assertThat(directory.publicProfile(teachers.id(token))).isEmpty();
        // the teacher still sees and keeps what they entered
        assertThat(TestLogins.as(token, directory::myEntry).bio()).isEqualTo("Teaching MSC in Utrecht.");
    }

    @Test
    void onlyTheCityIsStoredWhateverIsSent() {
        OAuth2AuthenticationToken token = teachers.teacher("Zip");
        DirectoryEntry entry = teachers.publicEntry(token, "Utrecht", "nl");

        assertThatThrownBy(() -> teachers.save(token, withCity(entry, "US-94110")))
                .isInstanceOf(TrainingInputRefused.class).hasMessage("directory.refused.city");
        assertThatThrownBy(() -> teachers.save(token, withCity(entry, "Kerkstraat 1, Utrecht")))
                .isInstanceOf(TrainingInputRefused.class).hasMessage("directory.refused.city");
        teachers.save(token, entry);
        assertThat(TestLogins.as(token, directory::myEntry).cityId()).isEqualTo(teachers.cityId("Utrecht"));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        OAuth2AuthenticationToken token = teachers.teacher("Careful");
        DirectoryEntry entry = teachers.publicEntry(token, "Utrecht", "nl");

        assertRefused(token, withWebsite(entry, "javascript:alert(1)"), "directory.refused.website");
        assertRefused(token, withWebsite(entry, "not a site"), "directory.refused.website");
        assertRefused(token, new DirectoryEntry(" ", true, null, false, Set.of(), false, null, false, null, false,
                false, false, false, false), "directory.refused.name");
        assertRefused(token, new DirectoryEntry("Name", true, null, false, Set.of("xx-evil"), false, null, false,
                null, false, false, false, false, false), "directory.refused.languages");
        assertRefused(token, new DirectoryEntry("Name", true, "x".repeat(4001), true, Set.of(), false, null, false,
                null, false, false, false, false, false), "directory.refused.bio");
        assertThat(TestLogins.as(token, directory::myEntry).listed()).isFalse();

        teachers.save(token, withWebsite(entry, "example.org/me"));
        assertThat(TestLogins.as(token, directory::myEntry).website()).isEqualTo("https://example.org/me");
    }

    @Test
    void aPhotoMustBeAnImageOfModestSize() {
        OAuth2AuthenticationToken token = teachers.teacher("Photo");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};

        assertThatThrownBy(() -> TestLogins.as(token, () -> {
            directory.saveMyPhoto("<svg onload=alert(1)>".getBytes());
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("directory.refused.photo-type");
        assertThatThrownBy(() -> TestLogins.as(token, () -> {
            directory.saveMyPhoto(new byte[DirectoryService.MAX_PHOTO_BYTES + 1]);
            return null;
        })).isInstanceOf(TrainingInputRefused.class).hasMessage("directory.refused.photo-size");
        TestLogins.as(token, () -> {
            directory.saveMyPhoto(png);
            return null;
        });
        assertThat(TestLogins.as(token, directory::myPhoto)).get().satisfies(p ->
                assertThat(p.contentType()).isEqualTo("image/png"));

        // the photo is private until the teacher lists themselves and makes it public
        assertThat(directory.publicPhoto(teachers.id(token))).isEmpty();
        DirectoryEntry entry = teachers.publicEntry(token, "Utrecht", "nl");
        teachers.save(token, new DirectoryEntry(entry.displayName(), true, null, false, Set.of(), false, null, false,
                null, false, true, true, true, false));
        assertThat(directory.publicPhoto(teachers.id(token))).isPresent();
    }

    @Test
    void onlyTeachersHaveAnEntry() {
        OAuth2AuthenticationToken participant = TestLogins.signedUp(members, "Pat " + teachers.tag);

        assertThatThrownBy(() -> TestLogins.as(participant, directory::myEntry))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(participant, () -> {
            directory.saveMyEntry(new DirectoryEntry("Pat", true, null, false, Set.of(), false, null, false, null,
                    false, false, false, true, false));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownPlaceIsRefusedNotIgnored() {
        assertThatThrownBy(() -> directory.search(query("no-such-place", 50), 0, 5))
                .isInstanceOf(TrainingInputRefused.class).hasMessage("directory.refused.place");
    }

    private void assertRefused(OAuth2AuthenticationToken token, DirectoryEntry entry, String key) {
        assertThatThrownBy(() -> teachers.save(token, entry)).isInstanceOf(TrainingInputRefused.class)
                .hasMessage(key);
    }

    private DirectoryQuery query(String placeId, Integer km) {
        return new DirectoryQuery(teachers.tag, placeId, km, null, null, DeliveryMode.ANY);
    }

    private java.util.List<String> names(DirectoryQuery query) {
        return directory.search(query, 0, 20).stream().map(DirectoryCard::name).toList();
    }

    private static DirectoryEntry onlyOnline(DirectoryEntry e) {
        return new DirectoryEntry(e.displayName(), e.listed(), e.bio(), e.bioPublic(), e.languages(),
                e.languagesPublic(), e.cityId(), e.locationPublic(), e.website(), e.websitePublic(), e.hasPhoto(),
                e.photoPublic(), true, false);
    }

    private static DirectoryEntry withCity(DirectoryEntry e, String cityId) {
        return new DirectoryEntry(e.displayName(), e.listed(), e.bio(), e.bioPublic(), e.languages(),
                e.languagesPublic(), cityId, e.locationPublic(), e.website(), e.websitePublic(), e.hasPhoto(),
                e.photoPublic(), e.online(), e.inPerson());
    }

    private static DirectoryEntry withWebsite(DirectoryEntry e, String website) {
        return new DirectoryEntry(e.displayName(), e.listed(), e.bio(), e.bioPublic(), e.languages(),
                e.languagesPublic(), e.cityId(), e.locationPublic(), website, e.websitePublic(), e.hasPhoto(),
                e.photoPublic(), e.online(), e.inPerson());
    }
}
