package org.centerformsc.portal.development.dataset;

import java.util.List;

/**
 * Where the data set's members live: each region has a locale, a time zone, the names people there tend to have,
 * the currency its courses are priced in and a few cities for its teachers. Weights are parts of 40.
 */
final class World {

    record Region(String locale, String zone, Names names, String currency, int weight, List<String> cities) {
    }

    record Names(List<String> first, List<String> last) {
    }

    private static final Names ENGLISH = new Names(
            List.of("James", "Mary", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Sophia", "Lucas", "Grace",
                    "Daniel"),
            List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark",
                    "Walker", "Hughes"));
    private static final Names GERMAN = new Names(
            List.of("Anna", "Lukas", "Mia", "Felix", "Lena", "Jonas", "Hannah", "Paul", "Leonie", "Tim", "Sophie",
                    "Max"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
                    "Koch", "Richter", "Wolf"));
    private static final Names DUTCH = new Names(
            List.of("Emma", "Daan", "Sanne", "Bram", "Lotte", "Ruben", "Femke", "Thijs", "Anouk", "Jesse", "Eva",
                    "Sem"),
            List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
                    "de Boer", "Mulder", "Bos"));
    private static final Names SPANISH = new Names(
            List.of("Lucía", "Hugo", "Sofía", "Mateo", "Martina", "Pablo", "Valentina", "Diego", "Carmen", "Javier",
                    "Elena", "Alejandro"),
            List.of("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                    "Díaz", "Torres", "Ramírez"));
    private static final Names FRENCH = new Names(
            List.of("Camille", "Louis", "Chloé", "Gabriel", "Léa", "Jules", "Manon", "Adam", "Inès", "Arthur", "Zoé",
                    "Théo"),
            List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
                    "Moreau", "Simon", "Laurent"));
    private static final Names PORTUGUESE = new Names(
            List.of("Ana", "João", "Beatriz", "Pedro", "Mariana", "Lucas", "Júlia", "Gabriel", "Larissa", "Rafael",
                    "Camila", "Thiago"),
            List.of("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
                    "Gomes", "Costa", "Ribeiro"));
    private static final Names JAPANESE = new Names(
            List.of("Yuki", "Haruto", "Aoi", "Sota", "Hina", "Ren", "Sakura", "Yuto", "Mei", "Riku", "Yui", "Kaito"),
            List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
                    "Kato", "Yoshida", "Yamada"));
    private static final Names CHINESE = new Names(
            List.of("Wei", "Mei-Ling", "Jun", "Xin", "Hao", "Yi-Ting", "Chen", "Li-Hua", "Jie", "Hui", "Ming",
                    "Shu-Fen"),
            List.of("Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng"));
    private static final Names SWEDISH = new Names(
            List.of("Astrid", "Erik", "Elsa", "Oskar", "Maja", "Lars", "Ingrid", "Nils", "Freja", "Anders", "Saga",
                    "Johan"),
            List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
                    "Svensson", "Gustafsson", "Lindqvist", "Berg"));

    static final List<Region> REGIONS = List.of(
            new Region("en-US", "America/New_York", ENGLISH, "USD", 6,
                    List.of("New York City", "Boston", "Philadelphia")),
            new Region("en-US", "America/Chicago", ENGLISH, "USD", 3, List.of("Chicago", "Minneapolis", "Houston")),
            new Region("en-US", "America/Los_Angeles", ENGLISH, "USD", 5,
                    List.of("Los Angeles", "San Francisco", "Seattle", "Portland")),
            new Region("en-CA", "America/Toronto", ENGLISH, "CAD", 2, List.of("Toronto", "Ottawa")),
            new Region("en-GB", "Europe/London", ENGLISH, "GBP", 3, List.of("London", "Manchester", "Edinburgh")),
            new Region("en-AU", "Australia/Sydney", ENGLISH, "AUD", 2, List.of("Sydney", "Melbourne", "Brisbane")),
            new Region("de-DE", "Europe/Berlin", GERMAN, "EUR", 3, List.of("Berlin", "Munich", "Hamburg", "Cologne")),
            new Region("nl-NL", "Europe/Amsterdam", DUTCH, "EUR", 2, List.of("Amsterdam", "Utrecht", "Rotterdam")),
            new Region("es-ES", "Europe/Madrid", SPANISH, "EUR", 2, List.of("Madrid", "Barcelona", "Valencia")),
            new Region("es-MX", "America/Mexico_City", SPANISH, "USD", 2,
                    List.of("Mexico City", "Guadalajara", "Monterrey")),
            new Region("fr-FR", "Europe/Paris", FRENCH, "EUR", 2, List.of("Paris", "Lyon", "Marseille")),
            new Region("pt-BR", "America/Sao_Paulo", PORTUGUESE, "USD", 2,
                    List.of("São Paulo", "Rio de Janeiro", "Curitiba")),
            new Region("ja-JP", "Asia/Tokyo", JAPANESE, "USD", 2, List.of("Tokyo", "Osaka", "Kyoto")),
            new Region("zh-TW", "Asia/Taipei", CHINESE, "USD", 1, List.of("Taipei", "Kaohsiung")),
            new Region("sv-SE", "Europe/Stockholm", SWEDISH, "EUR", 1, List.of("Stockholm", "Gothenburg")),
            new Region("en-ZA", "Africa/Johannesburg", ENGLISH, "USD", 1, List.of("Johannesburg", "Cape Town")),
            new Region("en-IN", "Asia/Kolkata", ENGLISH, "USD", 1, List.of("Mumbai", "Bangalore")));

    static final int TOTAL_WEIGHT = REGIONS.stream().mapToInt(Region::weight).sum();

    private World() {
    }

    /** The region for a weighted slot 0..TOTAL_WEIGHT-1. */
    static Region bySlot(int slot) {
        int left = slot;
        for (Region region : REGIONS) {
            if (left < region.weight()) {
                return region;
            }
            left -= region.weight();
        }
        throw new IllegalArgumentException("slot " + slot);
    }

    static String language(Region region) {
        return region.locale().substring(0, 2);
    }

    /** Region numbers (1-based, for ELT) repeated by weight: picking one of these uniformly weights the regions. */
    static List<String> weightedRegionNumbers() {
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            for (int w = 0; w < REGIONS.get(i).weight(); w++) {
                numbers.add(String.valueOf(i + 1));
            }
        }
        return numbers;
    }
}
