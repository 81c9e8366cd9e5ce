package org.centerformsc.portal.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.catalog.OfferingDraft;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.OfferingRefused;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.Place;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.TeacherChoice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every field of an offering, grouped as staff think of it: what, where, when, seats and price, who teaches. */
class OfferingForm extends Div {

    static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "nl", "sv", "zh", "ja");
    static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD", "AUD");

    final Select<String> program = new Select<>();
    final TextField code = new TextField();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<OfferingFormat> format = new Select<>();
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final ComboBox<Place> venueCity = new ComboBox<>();
    final TextField joinUrl = new TextField();
    final Select<String> language = new Select<>();
    final ComboBox<String> zone = new ComboBox<>();
    final ScheduleBuilder schedule;
    final DatePicker registrationOpens = new DatePicker();
    final DatePicker registrationCloses = new DatePicker();
    final IntegerField capacity = new IntegerField();
    final Select<String> currency = new Select<>();
    final BigDecimalField price = new BigDecimalField();
    final BigDecimalField earlyBirdPrice = new BigDecimalField();
    final DatePicker earlyBirdUntil = new DatePicker();
    final IntegerField refundDays = new IntegerField();
    final BigDecimalField refundFee = new BigDecimalField();
    final BigDecimalField supportedPrice = new BigDecimalField();
    final BigDecimalField sustainingPrice = new BigDecimalField();
    final Checkbox scholarships = new Checkbox();
    final MultiSelectComboBox<TeacherChoice> teachers = new MultiSelectComboBox<>();
    final TextField guestTeachers = new TextField();
    private final Map<String, HasValidation> byField;
    private final PathwayService pathway;
    private final Gazetteer gazetteer;

    /** {@code programs}: code to title of the programs that may be offered. */
    OfferingForm(Map<String, String> programs, Gazetteer gazetteer, PathwayService pathway, boolean staff,
                 ZoneId viewerZone) {
        setId("offering-form");
        this.pathway = pathway;
        this.gazetteer = gazetteer;
        Locale locale = getLocale();
        schedule = new ScheduleBuilder(this::eventZone, viewerZone);
        label(program, "program");
        program.setItems(programs.keySet());
        program.setItemLabelGenerator(c -> c == null ? "" : programs.getOrDefault(c, c));
        label(code, "code");
        code.setHelperText(getTranslation("planning.field.code.help"));
        program.addValueChangeListener(change -> suggestCode());
        schedule.first.addValueChangeListener(change -> suggestCode());
        label(title, "title");
        label(description, "description");
        label(format, "format");
        format.setItems(OfferingFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("offering.format." + f.name().toLowerCase(Locale.ROOT)));
        format.addValueChangeListener(change -> showVenue());
        label(venueName, "venueName");
        label(venueAddress, "venueAddress");
        label(venueCity, "venueCity");
        venueCity.setItems(query -> gazetteer.suggest(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        venueCity.setItemLabelGenerator(place -> place.name() + ", " + new Locale("", place.countryCode())
                .getDisplayCountry(locale));
        label(joinUrl, "joinUrl");
        joinUrl.setHelperText(getTranslation("planning.field.joinUrl.help"));
        label(language, "language");
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale));
        label(zone, "zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        zone.addValueChangeListener(change -> schedule.refresh());
        label(registrationOpens, "registrationOpens");
        label(registrationCloses, "registrationCloses");
        registrationCloses.setHelperText(getTranslation("planning.field.registrationCloses.help"));
        label(capacity, "capacity");
        capacity.setHelperText(getTranslation("planning.field.capacity.help"));
        label(currency, "currency");
        currency.setItems(CURRENCIES);
        label(price, "price");
        price.setHelperText(getTranslation("planning.field.price.help"));
        label(earlyBirdPrice, "earlyBirdPrice");
        label(earlyBirdUntil, "earlyBirdUntil");
        label(refundDays, "refundDays");
        refundDays.setMin(0);
        refundDays.setMax(365);
        refundDays.setHelperText(getTranslation("planning.field.refundDays.help"));
        label(refundFee, "refundFee");
        refundFee.setHelperText(getTranslation("planning.field.refundFee.help"));
        label(supportedPrice, "supportedPrice");
        supportedPrice.setHelperText(getTranslation("planning.field.supportedPrice.help"));
        label(sustainingPrice, "sustainingPrice");
        sustainingPrice.setHelperText(getTranslation("planning.field.sustainingPrice.help"));
        label(scholarships, "scholarships");
        label(teachers, "teachers");
        teachers.setItems(query -> pathway.teacherChoices(query.getFilter().orElse(""), query.getLimit()).stream());
        teachers.setItemLabelGenerator(TeacherChoice::name);
        teachers.setVisible(staff);
        label(guestTeachers, "guestTeachers");
        guestTeachers.setHelperText(getTranslation("planning.field.guestTeachers.help"));
        byField = Map.ofEntries(Map.entry("programCode", program), Map.entry("code", code),
                Map.entry("title", title), Map.entry("description", description), Map.entry("format", format),
                Map.entry("venueName", venueName), Map.entry("venueAddress", venueAddress),
                Map.entry("joinUrl", joinUrl), Map.entry("language", language), Map.entry("zone", zone),
                Map.entry("registrationOpens", registrationOpens), Map.entry("capacity", capacity),
                Map.entry("currency", currency), Map.entry("price", price),
                Map.entry("earlyBirdPrice", earlyBirdPrice), Map.entry("earlyBirdUntil", earlyBirdUntil),
                Map.entry("refundDaysBefore", refundDays), Map.entry("refundFee", refundFee),
                Map.entry("supportedPrice", supportedPrice), Map.entry("sustainingPrice", sustainingPrice),
                Map.entry("scholarships", scholarships),
                Map.entry("guestTeachers", guestTeachers));
        add(section("what", program, code, title, description),
                section("where", format, language, venueName, venueAddress, venueCity, joinUrl),
                section("when", zone, registrationOpens, registrationCloses), schedule,
                section("price", capacity, currency, price, earlyBirdPrice, earlyBirdUntil, refundDays, refundFee),
                section("scale", supportedPrice, sustainingPrice, scholarships),
                section("teachers", teachers, guestTeachers));
        fill(null);
    }

    /** Fills the form; null is a new offering with sensible defaults. */
    void fill(OfferingDraft draft) {
        clearErrors();
        if (draft == null) {
            format.setValue(OfferingFormat.ONLINE);
            language.setValue("en");
            zone.setValue("America/Los_Angeles");
            currency.setValue("USD");
            // the assumed default policy (docs/decisions/016): staff change it per offering
            refundDays.setValue(14);
            // the organisation's scholarship fund is open to every paid course unless staff say otherwise
            scholarships.setValue(true);
            return;
        }
        program.setValue(draft.programCode());
        code.setValue(draft.code() == null ? "" : draft.code());
        title.setValue(draft.title() == null ? "" : draft.title());
        description.setValue(draft.description() == null ? "" : draft.description());
        format.setValue(draft.format());
        venueName.setValue(draft.venueName() == null ? "" : draft.venueName());
        venueAddress.setValue(draft.venueAddress() == null ? "" : draft.venueAddress());
        venueCity.setValue(savedCity(draft.venueCity()));
        joinUrl.setValue(draft.joinUrl() == null ? "" : draft.joinUrl());
        language.setValue(draft.language());
        zone.setValue(draft.zone().getId());
        registrationOpens.setValue(draft.registrationOpens());
        registrationCloses.setValue(draft.registrationCloses());
        capacity.setValue(draft.capacity());
        currency.setValue(draft.currency());
        price.setValue(draft.price());
        earlyBirdPrice.setValue(draft.earlyBirdPrice());
        earlyBirdUntil.setValue(draft.earlyBirdUntil());
        refundDays.setValue(draft.refundDaysBefore());
        refundFee.setValue(draft.refundFee() == null || draft.refundFee().signum() == 0 ? null : draft.refundFee());
        supportedPrice.setValue(draft.supportedPrice());
        sustainingPrice.setValue(draft.sustainingPrice());
        scholarships.setValue(draft.scholarships());
        if (teachers.isVisible()) {
            // staff save the teachers they see: a form without them would take the offering's teachers away
            teachers.setValue(pathway.teacherChoicesOf(draft.teachers()));
        }
        guestTeachers.setValue(String.join(", ", draft.guestTeachers()));
        schedule.show(draft.schedule());
    }

    OfferingDraft draft() {
        return new OfferingDraft(program.getValue(), code.getValue().strip().toUpperCase(Locale.ROOT),
                title.getValue(), description.getValue(), format.getValue(), venueName.getValue(),
                venueAddress.getValue(), venueCity.getValue() == null ? null : venueCity.getItemLabelGenerator()
                .apply(venueCity.getValue()), eventZone(), language.getValue(), capacity.getValue(),
                teachers.getValue().stream().map(TeacherChoice::id).toList(),
                Arrays.stream(guestTeachers.getValue().split(",")).map(String::strip).filter(n -> !n.isEmpty())
                        .toList(), currency.getValue(), price.getValue(), earlyBirdPrice.getValue(),
                earlyBirdUntil.getValue(), registrationOpens.getValue(), registrationCloses.getValue(),
                joinUrl.getValue(), schedule.schedule(), refundDays.getValue(), refundFee.getValue(),
                supportedPrice.getValue(), sustainingPrice.getValue(), scholarships.getValue());
    }

    /** The gazetteer's place behind a saved city label, so that saving the form again keeps the city. */
    private Place savedCity(String label) {
        if (label == null) {
            return null;
        }
        return gazetteer.suggest(label.split(",")[0], 0, 20).stream()
                .filter(place -> label.equals(venueCity.getItemLabelGenerator().apply(place))).findFirst().orElse(null);
    }

    /** The service's reason, next to the field it names. */
    void refused(OfferingRefused refused) {
        clearErrors();
        HasValidation field = byField.getOrDefault(refused.field(), title);
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }

    void clearErrors() {
        byField.values().forEach(field -> field.setInvalid(false));
        schedule.problem.setText("");
    }

    /** An empty code gets the usual one, program and month of the first session (LOMSC-2027-03), to check. */
    private void suggestCode() {
        if (code.isReadOnly() || !code.getValue().isBlank() || program.getValue() == null
                || schedule.first.getValue() == null) {
            return;
        }
        LocalDate first = schedule.first.getValue();
        code.setValue("%s-%d-%02d".formatted(program.getValue(), first.getYear(), first.getMonthValue()));
    }

    ZoneId eventZone() {
        return zone.getValue() == null ? null : ZoneId.of(zone.getValue());
    }

    private void showVenue() {
        boolean venue = format.getValue() != null && format.getValue().hasVenue();
        venueName.setVisible(venue);
        venueAddress.setVisible(venue);
        venueCity.setVisible(venue);
    }

    private void label(HasLabel field, String name) {
        field.setLabel(getTranslation("planning.field." + name));
        ((Component) field).setId("offering-" + name);
    }

    private Div section(String name, Component... fields) {
        return new Div(new H2(getTranslation("planning.section." + name)),
                new FormLayout(fields));
    }
}
