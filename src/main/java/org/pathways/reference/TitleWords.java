package org.pathways.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a job title as employers write it ("Maint Tech II - 2nd shift", "RN Med/Surg", "Phlebotomist PRN")
 * into the words that say what the job is: abbreviations spelled out, levels, shifts, schedules, pay and
 * hiring noise dropped, plurals folded. The same treatment is given to the official titles it is
 * compared with.
 */
final class TitleWords {

    private static final Pattern MONEY = Pattern.compile("\\$\\s?[0-9][0-9,.]*k?(\\s*(/|per)\\s*(hr|hour|year|yr))?");
    private static final Pattern PARENTHESES_NOISE = Pattern.compile("\\((?:[^)]*(?:shift|prn|per diem|part|full|time|remote|hybrid|bonus)[^)]*)\\)");

    /** Abbreviations in postings and what they stand for (as the official titles say it). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("maint", "maintenance"), Map.entry("mnt", "maintenance"), Map.entry("mech", "mechanic"),
            Map.entry("tech", "technician"), Map.entry("techs", "technician"), Map.entry("technican", "technician"),
            Map.entry("rn", "registered nurse"), Map.entry("bsn", "registered nurse"), Map.entry("lpn", "licensed practical nurse"),
            Map.entry("lvn", "licensed vocational nurse"), Map.entry("cna", "nursing assistant"), Map.entry("stna", "nursing assistant"),
            Map.entry("cnas", "nursing assistant"), Map.entry("pca", "personal care aide"), Map.entry("hha", "home health aide"),
            Map.entry("dsp", "direct support professional"), Map.entry("cma", "medical assistant"), Map.entry("ma", "medical assistant"),
            Map.entry("rma", "medical assistant"), Map.entry("phleb", "phlebotomist"), Map.entry("cpht", "pharmacy technician"),
            Map.entry("emt", "emergency medical technician"), Map.entry("pta", "physical therapist assistant"),
            Map.entry("cota", "occupational therapy assistant"), Map.entry("ota", "occupational therapy assistant"),
            Map.entry("np", "nurse practitioner"), Map.entry("aprn", "nurse practitioner"), Map.entry("crna", "nurse anesthetist"),
            Map.entry("pa", "physician assistant"), Map.entry("rt", "respiratory therapist"), Map.entry("rrt", "respiratory therapist"),
            Map.entry("mlt", "medical laboratory technician"), Map.entry("mls", "medical laboratory scientist"),
            Map.entry("cst", "surgical technologist"), Map.entry("slp", "speech language pathologist"),
            Map.entry("med", "medical"), Map.entry("surg", "surgical"), Map.entry("icu", "intensive care"),
            Map.entry("er", "emergency"), Map.entry("ed", "emergency"), Map.entry("peds", "pediatric"), Map.entry("tele", "telemetry"),
            Map.entry("lab", "laboratory"), Map.entry("pharm", "pharmacy"), Map.entry("rx", "pharmacy"),
            Map.entry("mgr", "manager"), Map.entry("mngr", "manager"), Map.entry("mgmt", "management"), Map.entry("asst", "assistant"),
            Map.entry("assoc", "associate"), Map.entry("admin", "administrative"), Map.entry("adm", "administrative"),
            Map.entry("coord", "coordinator"), Map.entry("spec", "specialist"), Map.entry("specialists", "specialist"),
            Map.entry("rep", "representative"), Map.entry("reps", "representative"), Map.entry("svc", "service"),
            Map.entry("svcs", "service"), Map.entry("cust", "customer"), Map.entry("csr", "customer service representative"),
            Map.entry("acct", "accounting"), Map.entry("accts", "accounts"), Map.entry("ap", "accounts payable"),
            Map.entry("ar", "accounts receivable"), Map.entry("hr", "human resources"), Map.entry("it", "information technology"),
            Map.entry("eng", "engineer"), Map.entry("engr", "engineer"), Map.entry("dev", "developer"), Map.entry("sw", "software"),
            Map.entry("swe", "software engineer"), Map.entry("sde", "software developer"), Map.entry("qa", "quality assurance"),
            Map.entry("qc", "quality control"), Map.entry("ops", "operations"), Map.entry("mfg", "manufacturing"),
            Map.entry("prod", "production"), Map.entry("whse", "warehouse"), Map.entry("wh", "warehouse"), Map.entry("pkg", "packaging"),
            Map.entry("elec", "electrical"), Map.entry("op", "operator"), Map.entry("opr", "operator"), Map.entry("oper", "operator"),
            Map.entry("mach", "machine"), Map.entry("assy", "assembler"), Map.entry("asm", "assembler"), Map.entry("insp", "inspector"),
            Map.entry("sup", "supervisor"), Map.entry("supv", "supervisor"), Map.entry("supvr", "supervisor"),
            Map.entry("dir", "director"), Map.entry("vp", "vice president"), Map.entry("cdl", "truck"), Map.entry("otr", "truck"),
            Map.entry("forklift", "forklift"), Map.entry("hvacr", "hvac"), Map.entry("dba", "database administrator"),
            Map.entry("sysadmin", "system administrator"), Map.entry("devops", "devops"), Map.entry("ux", "user experience"),
            Map.entry("ui", "user interface"), Map.entry("bi", "business intelligence"), Map.entry("cpa", "accountant"), Map.entry("bookkeeper", "bookkeeping"), Map.entry("para", "paraprofessional"),
            Map.entry("dishwasher", "dishwasher"), Map.entry("gm", "general manager"), Map.entry("sous", "sous"),
            Map.entry("tchr", "teacher"), Map.entry("instr", "instructor"), Map.entry("cust.", "customer"),
            Map.entry("dr", "driver"), Map.entry("drvr", "driver"), Map.entry("hs", "high school"), Map.entry("gen", "general"),
            Map.entry("ofc", "office"), Map.entry("recpt", "receptionist"), Map.entry("sec", "secretary"),
            Map.entry("mat", "material"), Map.entry("matl", "material"), Map.entry("equip", "equipment"),
            Map.entry("ind", "industrial"), Map.entry("inst", "instrument"), Map.entry("env", "environmental"),
            Map.entry("svcs.", "service"));

    /** Words that describe the schedule, the level or the hiring, not the job. */
    private static final Set<String> NOISE = Set.of(
            "i", "ii", "iii", "iv", "v", "vi", "1", "2", "3", "4", "5", "level", "lvl", "grade", "sr", "senior", "jr", "junior",
            "entry", "experienced", "exp", "staff", "shift", "shifts", "1st", "2nd", "3rd", "first", "second", "third",
            "night", "nights", "noc", "day", "days", "evening", "evenings", "weekend", "weekends", "overnight", "overnights",
            "swing", "graveyard", "am", "pm", "hour", "hours", "hrs", "full", "part", "time", "fulltime", "parttime", "ft", "pt",
            "prn", "per", "diem", "perdiem", "temp", "temporary", "contract", "contractor", "seasonal", "permanent", "float",
            "pool", "sign", "on", "bonus", "hiring", "immediately", "urgent", "urgently", "now", "needed", "wanted", "new", "grad",
            "remote", "hybrid", "onsite", "site", "opening", "openings", "position", "positions", "job", "jobs", "up", "to", "with",
            "the", "a", "an", "for", "of", "in", "at", "and", "or", "all", "k", "hr_", "hourly", "weekly", "pay", "paid",
            "mon", "fri", "sat", "sun", "12", "8", "10", "40", "36", "24", "hr12", "x", "w", "wk", "week", "weeks", "yr", "year",
            "benefits", "relocation", "dept", "department", "team", "area", "based", "local", "regional");

    private TitleWords() {
    }

    /** How much a word in a qualifier (after " - ", or in parentheses: a department, a unit, a location) counts. */
    static final float QUALIFIER_WEIGHT = 0.35f;
    private static final Pattern QUALIFIER = Pattern.compile("\\s[-–—|]\\s.*$|\\([^)]*\\)");

    /**
     * The words of a job title with their weight: the job itself ("Medical Assistant") counts fully, the
     * qualifiers ("- Family Practice", "(LPN)") less, so a department's name does not outweigh the job.
     */
    static Map<String, Float> weighted(String title) {
        Map<String, Float> weights = new java.util.LinkedHashMap<>();
        if (title == null) {
            return weights;
        }
        String withoutNoise = PARENTHESES_NOISE.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String main = QUALIFIER.matcher(withoutNoise).replaceAll(" ");
        for (String word : of(main)) {
            weights.put(word, 1.0f);
        }
        float qualifierWeight = weights.isEmpty() ? 1.0f : QUALIFIER_WEIGHT;
        for (String word : of(withoutNoise)) {
            weights.putIfAbsent(word, qualifierWeight);
        }
        return weights;
    }

    static List<String> of(String title) {
        if (title == null) {
            return List.of();
        }
        String text = title.toLowerCase(Locale.ROOT);
        text = MONEY.matcher(text).replaceAll(" ");
        text = PARENTHESES_NOISE.matcher(text).replaceAll(" ");
        text = text.replace("c++", " cplusplus ").replace("c#", " csharp ").replace(".net", " dotnet ")
                .replace("&", " and ").replace("'s", "s").replace("’s", "s").replace("'", "");
        text = text.replace("med/surg", "medical surgical").replace("med-surg", "medical surgical")
                .replace("a/p", "ap").replace("a/r", "ar").replace("h.r.", "hr").replace("r.n.", "rn");
        List<String> words = new ArrayList<>();
        for (String raw : text.split("[^a-z0-9]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String expanded = ABBREVIATIONS.getOrDefault(raw, raw);
            for (String word : expanded.split(" ")) {
                if (NOISE.contains(word) || word.matches("\\d+[a-z]{0,2}")) {
                    continue;
                }
                String stem = stem(word);
                if (!words.contains(stem)) {
                    words.add(stem);
                }
            }
        }
        return words;
    }

    /** Plurals and a few inflections folded, enough for titles ("Nurses", "Machinists", "Batteries"). */
    static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
