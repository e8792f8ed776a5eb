package org.pathways.reference.importing;

import static org.pathways.reference.importing.Values.code;
import static org.pathways.reference.importing.Values.decimal;
import static org.pathways.reference.importing.Values.fips;
import static org.pathways.reference.importing.Values.integer;
import static org.pathways.reference.importing.Values.required;
import static org.pathways.reference.importing.Values.requiredDecimal;
import static org.pathways.reference.importing.Values.text;
import static org.pathways.reference.importing.Values.yesNo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.pathways.reference.ReferenceDataset;
import org.pathways.reference.SocLevel;
import org.pathways.reference.importing.FileKind.Target;
import org.pathways.reference.importing.Header.Column;
import org.pathways.reference.importing.Header.FileProblem;
import org.pathways.reference.importing.Header.ValueProblem;

/**
 * The official files Pathways knows, in the layouts their publishers ship (Excel or text) and in the
 * converted CSV layouts of {@code shared/data}. Recognition is by columns; the vintage comes from the
 * header ("2022 NAICS US Code"), the title lines above it ("JULY 2023"), the file or folder name
 * ("national_M2024_dl", "onet/28.2") or O*NET's own Read Me, in that order.
 */
final class FileKinds {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");

    static final List<FileKind> ALL = List.of(
            new Naics(), new NaicsConcordance(), new SocStructure(), new SocDirectMatch(),
            new OnetOccupations(), new OnetTitles(), new OnetRatings(), new OnetTechnology(), new OnetJobZones(),
            new OnetJobZoneReference(), new OnetRelated(), new OnetEducation(), new OnetEducationCategories(),
            new Projections(), new Wages(), new NemCrosswalk(), new Counties(), new States(), new CbsaDelineation());

    private FileKinds() {
    }

    static FileKind recognize(Header header) {
        for (FileKind kind : ALL) {
            if (kind.recognizes(header)) {
                return kind;
            }
        }
        return null;
    }

    // ---- vintages -------------------------------------------------------------------------------------

    private static String year(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String yearFromTitleOrName(Header header) {
        String year = year(header.linesAbove());
        return year != null ? year : year(header.displayName());
    }

    private static BigDecimal order(String text) {
        return new BigDecimal(text);
    }

    private static FileProblem unknownVintage(String datasetName) {
        return new FileProblem("reference.problem.unknownVintage", datasetName);
    }

    // ---- NAICS ----------------------------------------------------------------------------------------

    static final class Naics implements FileKind {
        private static final Pattern CODE = Pattern.compile("(?:(\\d{4}) )?naics(?: us)? code");
        private static final Pattern TITLE = Pattern.compile("(?:\\d{4} )?naics(?: us)? title");

        public String messageKey() {
            return "reference.kind.naics";
        }

        public boolean recognizes(Header h) {
            return h.indexMatching(CODE) >= 0 && h.indexMatching(TITLE) >= 0 && h.index("naics 2017 code") < 0;
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = h.require("NAICS code", CODE);
            Column title = h.require("NAICS title", TITLE);
            Column seq = h.optional("seq no");
            Matcher inHeader = h.matcherFor(CODE);
            String year = inHeader != null && inHeader.group(1) != null ? inHeader.group(1) : yearFromTitleOrName(h);
            if (year == null) {
                throw unknownVintage("NAICS");
            }
            return List.of(new Target(ReferenceDataset.NAICS, year, order(year), cells -> {
                String value = code(code, cells, Values.NAICS, "reference.format.naics");
                String level = value.contains("-") ? "2" : Integer.toString(value.length());
                return new String[] {value, required(title, cells), level, parentOf(value), integer(seq, cells, 0, 100_000)};
            }));
        }

        /** Sectors 31-33, 44-45 and 48-49 are ranges; their subsectors' parent is the range. */
        static String parentOf(String code) {
            if (code.length() <= 2 || code.contains("-")) {
                return null;
            }
            if (code.length() == 3) {
                String sector = code.substring(0, 2);
                return switch (sector) {
                    case "31", "32", "33" -> "31-33";
                    case "44", "45" -> "44-45";
                    case "48", "49" -> "48-49";
                    default -> sector;
                };
            }
            return code.substring(0, code.length() - 1);
        }
    }

    static final class NaicsConcordance implements FileKind {
        public String messageKey() {
            return "reference.kind.naicsConcordance";
        }

        public boolean recognizes(Header h) {
            return h.has("naics 2017 code", "naics 2022 code");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column from = h.require("NAICS_2017_Code", "naics 2017 code");
            Column to = h.require("NAICS_2022_Code", "naics 2022 code");
            return List.of(new Target(ReferenceDataset.NAICS_CONCORDANCE, "2017-2022", order("2022"), cells -> {
                if (from.in(cells).isEmpty() || to.in(cells).isEmpty()
                        || Character.isLetter(from.in(cells).charAt(0)) || Character.isLetter(to.in(cells).charAt(0))) {
                    // a path with no 2017 or 2022 code, or EPA's own non-NAICS sectors (F01000, S00101)
                    return null;
                }
                return new String[] {code(from, cells, Values.NAICS_6, "reference.format.naics6"),
                        code(to, cells, Values.NAICS_6, "reference.format.naics6")};
            }));
        }
    }

    // ---- SOC ------------------------------------------------------------------------------------------

    static final class SocStructure implements FileKind {
        public String messageKey() {
            return "reference.kind.soc";
        }

        public boolean recognizes(Header h) {
            return h.has("soc group", "soc code", "soc title");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column group = h.require("SOC Group", "soc group");
            Column code = h.require("SOC Code", "soc code");
            Column title = h.require("SOC Title", "soc title");
            Column definition = h.optional("soc definition");
            String year = socYear(h);
            return List.of(new Target(ReferenceDataset.SOC, year, order(year), cells -> {
                String value = code(code, cells, Values.SOC, "reference.format.soc");
                SocLevel level = SocLevel.named(required(group, cells))
                        .orElseThrow(() -> new ValueProblem(group, "reference.problem.notSocGroup", group.in(cells)));
                String major = SocLevel.majorOf(value);
                String minor = level == SocLevel.MAJOR ? null : value.substring(0, 4) + "000";
                String broad = level == SocLevel.BROAD || level == SocLevel.DETAILED ? value.substring(0, 6) + "0" : null;
                return new String[] {value, required(title, cells), level.code(), text(definition, cells), major, minor, broad};
            }));
        }
    }

    private static String socYear(Header h) throws FileProblem {
        Matcher inHeader = h.matcherFor(Pattern.compile("(\\d{4}) soc code"));
        if (inHeader != null) {
            return inHeader.group(1);
        }
        Matcher inTitle = Pattern.compile("(\\d{4}) SOC").matcher(h.linesAbove());
        if (inTitle.find()) {
            return inTitle.group(1);
        }
        String year = year(h.displayName());
        if (year == null) {
            throw unknownVintage("SOC");
        }
        return year;
    }

    static final class SocDirectMatch implements FileKind {
        private static final Pattern TITLE = Pattern.compile("(?:\\d{4} )?(?:soc )?direct match title");

        public String messageKey() {
            return "reference.kind.socTitles";
        }

        public boolean recognizes(Header h) {
            return h.indexMatching(TITLE) >= 0 && h.indexMatching(Pattern.compile("(?:\\d{4} )?soc code")) >= 0;
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = h.require("SOC Code", Pattern.compile("(?:\\d{4} )?soc code"));
            Column title = h.require("Direct Match Title", TITLE);
            Column illustrative = h.optional("illustrative example");
            String year = socYear(h);
            return List.of(new Target(ReferenceDataset.SOC_TITLES, year, order(year), cells -> new String[] {
                    code(code, cells, Values.SOC, "reference.format.soc"), required(title, cells), yesNo(illustrative, cells)}));
        }
    }

    // ---- O*NET ----------------------------------------------------------------------------------------

    private static final Pattern ONET_FOLDER = Pattern.compile("(?:db_)?(\\d{1,2})[._](\\d)(?:_(?:excel|text|mysql))?");
    private static final Pattern ONET_README = Pattern.compile("O\\*NET (\\d{1,2}\\.\\d) Database");

    /** O*NET files do not name their release; the folder they ship in, or the Read Me beside them, does. */
    static String onetRelease(Header h) throws FileProblem {
        Path path = h.file().toAbsolutePath();
        for (Path folder = path.getParent(); folder != null && folder.getFileName() != null; folder = folder.getParent()) {
            Matcher matcher = ONET_FOLDER.matcher(folder.getFileName().toString());
            if (matcher.matches()) {
                return matcher.group(1) + "." + matcher.group(2);
            }
        }
        Matcher inName = ONET_README.matcher(h.displayName().replace('_', ' '));
        if (inName.find()) {
            return inName.group(1);
        }
        if (path.getParent() != null) {
            try (Stream<Path> siblings = Files.list(path.getParent())) {
                for (Path sibling : siblings.toList()) {
                    String name = sibling.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.startsWith("read") && name.endsWith(".txt") && Files.size(sibling) < 1_000_000) {
                        Matcher matcher = ONET_README.matcher(Files.readString(sibling, java.nio.charset.StandardCharsets.ISO_8859_1));
                        if (matcher.find()) {
                            return matcher.group(1);
                        }
                    }
                }
            } catch (IOException unreadable) {
                // no Read Me to go by
            }
        }
        throw new FileProblem("reference.problem.unknownOnetRelease");
    }

    private static Column onetCode(Header h) throws FileProblem {
        return h.require("O*NET-SOC Code", "o net soc code");
    }

    private static String[] withSoc(String onetCode, String... rest) {
        String[] row = new String[rest.length + 2];
        row[0] = onetCode;
        row[1] = onetCode.substring(0, 7);
        System.arraycopy(rest, 0, row, 2, rest.length);
        return row;
    }

    private static String onet(Column column, List<String> cells) throws ValueProblem {
        return code(column, cells, Values.ONET, "reference.format.onet");
    }

    static final class OnetOccupations implements FileKind {
        public String messageKey() {
            return "reference.kind.onetOccupations";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code", "title", "description") && h.originalNames().size() <= 4;
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            Column title = h.require("Title", "title");
            Column description = h.require("Description", "description");
            String release = onetRelease(h);
            return List.of(new Target(ReferenceDataset.ONET_OCCUPATIONS, release, order(release),
                    cells -> withSoc(onet(code, cells), required(title, cells), text(description, cells))));
        }
    }

    static final class OnetTitles implements FileKind {
        public String messageKey() {
            return "reference.kind.onetTitles";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code") && (h.has("alternate title") || h.has("reported job title"));
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            String release = onetRelease(h);
            if (h.has("alternate title")) {
                Column title = h.require("Alternate Title", "alternate title");
                Column shortTitle = h.optional("short title");
                return List.of(new Target(ReferenceDataset.ONET_ALTERNATE_TITLES, release, order(release),
                        cells -> withSoc(onet(code, cells), required(title, cells), text(shortTitle, cells))));
            }
            Column title = h.require("Reported Job Title", "reported job title");
            return List.of(new Target(ReferenceDataset.ONET_REPORTED_TITLES, release, order(release),
                    cells -> withSoc(onet(code, cells), required(title, cells), null)));
        }
    }

    /**
     * Skills and Knowledge share one layout (and so do Abilities, Work Activities, Interests); the element
     * ids tell them apart: 2.A and 2.B are skills, 2.C knowledge. Rows of other elements are not used.
     */
    static final class OnetRatings implements FileKind {
        public String messageKey() {
            return "reference.kind.onetRatings";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code", "element id", "scale id", "data value") && !h.has("category");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            Column element = h.require("Element ID", "element id");
            Column name = h.require("Element Name", "element name");
            Column scale = h.require("Scale ID", "scale id");
            Column value = h.require("Data Value", "data value");
            Column suppress = h.optional("recommend suppress");
            String release = onetRelease(h);
            Target skills = new Target(ReferenceDataset.ONET_SKILLS, release, order(release),
                    rating(code, element, name, scale, value, suppress, "2.A.", "2.B."));
            Target knowledge = new Target(ReferenceDataset.ONET_KNOWLEDGE, release, order(release),
                    rating(code, element, name, scale, value, suppress, "2.C.", "2.C."));
            // O*NET ships one element family per file: its first row says which (and spares reading it twice)
            String first = element.in(h.sample());
            if (first.startsWith("2.A.") || first.startsWith("2.B.")) {
                return List.of(skills);
            }
            if (first.startsWith("2.C.")) {
                return List.of(knowledge);
            }
            return first.isEmpty() ? List.of(skills, knowledge) : List.of();
        }

        private static FileKind.RowMapper rating(Column code, Column element, Column name, Column scale, Column value,
                                                 Column suppress, String prefix, String otherPrefix) {
            return cells -> {
                String id = required(element, cells);
                String scaleId = required(scale, cells);
                if (!(id.startsWith(prefix) || id.startsWith(otherPrefix)) || !(scaleId.equals("IM") || scaleId.equals("LV"))) {
                    return null;
                }
                return withSoc(onet(code, cells), id, required(name, cells), scaleId, requiredDecimal(value, cells),
                        yesNo(suppress, cells));
            };
        }
    }

    static final class OnetTechnology implements FileKind {
        public String messageKey() {
            return "reference.kind.onetTechnology";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code", "example", "hot technology");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            Column example = h.require("Example", "example");
            Column commodity = h.optional("commodity code");
            Column commodityTitle = h.optional("commodity title");
            Column hot = h.require("Hot Technology", "hot technology");
            Column inDemand = h.optional("in demand");
            String release = onetRelease(h);
            return List.of(new Target(ReferenceDataset.ONET_TECHNOLOGY, release, order(release),
                    cells -> withSoc(onet(code, cells), required(example, cells), text(commodity, cells),
                            text(commodityTitle, cells), yesNo(hot, cells), yesNo(inDemand, cells))));
        }
    }

    static final class OnetJobZones implements FileKind {
        public String messageKey() {
            return "reference.kind.onetJobZones";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code", "job zone");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            Column zone = h.require("Job Zone", "job zone");
            String release = onetRelease(h);
            return List.of(new Target(ReferenceDataset.ONET_JOB_ZONES, release, order(release), cells -> {
                String value = integer(zone, cells, 1, 5);
                if (value == null) {
                    throw new ValueProblem(zone, "reference.problem.required");
                }
                return withSoc(onet(code, cells), value);
            }));
        }
    }

    static final class OnetJobZoneReference implements FileKind {
        public String messageKey() {
            return "reference.kind.onetJobZoneReference";
        }

        public boolean recognizes(Header h) {
            return h.has("job zone", "name", "experience", "education") && !h.has("o net soc code");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column zone = h.require("Job Zone", "job zone");
            Column name = h.require("Name", "name");
            Column experience = h.require("Experience", "experience");
            Column education = h.require("Education", "education");
            Column training = h.optional("job training");
            Column examples = h.optional("examples");
            String release = onetRelease(h);
            return List.of(new Target(ReferenceDataset.ONET_JOB_ZONE_REFERENCE, release, order(release), cells -> {
                String value = integer(zone, cells, 1, 5);
                if (value == null) {
                    throw new ValueProblem(zone, "reference.problem.required");
                }
                return new String[] {value, required(name, cells), text(experience, cells), text(education, cells),
                        text(training, cells), text(examples, cells)};
            }));
        }
    }

    static final class OnetRelated implements FileKind {
        public String messageKey() {
            return "reference.kind.onetRelated";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code", "related o net soc code");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            Column related = h.require("Related O*NET-SOC Code", "related o net soc code");
            Column title = h.require("Related Title", "related title");
            Column tier = h.optional("relatedness tier");
            Column index = h.optional("index");
            String release = onetRelease(h);
            return List.of(new Target(ReferenceDataset.ONET_RELATED, release, order(release), cells -> {
                String relatedCode = onet(related, cells);
                return withSoc(onet(code, cells), relatedCode, relatedCode.substring(0, 7), required(title, cells),
                        text(tier, cells), integer(index, cells, 0, 1000));
            }));
        }
    }

    static final class OnetEducation implements FileKind {
        public String messageKey() {
            return "reference.kind.onetEducation";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code", "scale id", "category", "data value");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            Column scale = h.require("Scale ID", "scale id");
            Column category = h.require("Category", "category");
            Column value = h.require("Data Value", "data value");
            String release = onetRelease(h);
            return List.of(new Target(ReferenceDataset.ONET_EDUCATION, release, order(release), cells -> {
                String number = integer(category, cells, 0, 100);
                if (number == null) {
                    return null; // O*NET leaves the category empty on rows that are not category shares
                }
                return withSoc(onet(code, cells), required(scale, cells), number, requiredDecimal(value, cells));
            }));
        }
    }

    static final class OnetEducationCategories implements FileKind {
        public String messageKey() {
            return "reference.kind.onetEducationCategories";
        }

        public boolean recognizes(Header h) {
            return h.has("scale id", "category", "category description") && !h.has("o net soc code");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column scale = h.require("Scale ID", "scale id");
            Column category = h.require("Category", "category");
            Column description = h.require("Category Description", "category description");
            String release = onetRelease(h);
            return List.of(new Target(ReferenceDataset.ONET_EDUCATION_CATEGORIES, release, order(release), cells -> {
                String number = integer(category, cells, 0, 100);
                if (number == null) {
                    throw new ValueProblem(category, "reference.problem.required");
                }
                return new String[] {required(scale, cells), number, required(description, cells)};
            }));
        }
    }

    // ---- BLS --------------------------------------------------------------------------------------------

    /**
     * Employment Projections, as exported from data.bls.gov (titles carry their sample job titles after
     * "*") or in the converted layout. Employment is in thousands, as published.
     */
    static final class Projections implements FileKind {
        private static final Pattern RAW_BASE = Pattern.compile("employment (\\d{4})");
        private static final Pattern CONVERTED_BASE = Pattern.compile("employment (\\d{4}) thousands");

        public String messageKey() {
            return "reference.kind.projections";
        }

        public boolean recognizes(Header h) {
            boolean raw = h.has("occupation code") && h.indexMatching(RAW_BASE) >= 0;
            boolean converted = h.has("soc code") && h.indexMatching(CONVERTED_BASE) >= 0;
            return raw || converted;
        }

        public List<Target> targets(Header h) throws FileProblem {
            boolean raw = h.has("occupation code");
            Pattern employment = raw ? RAW_BASE : CONVERTED_BASE;
            List<Integer> years = new ArrayList<>();
            for (String name : h.originalNames()) {
                Matcher matcher = employment.matcher(Header.normalize(name));
                if (matcher.matches()) {
                    years.add(Integer.parseInt(matcher.group(1)));
                }
            }
            if (years.size() != 2) {
                throw new FileProblem("reference.problem.missingColumn", raw ? "Employment 2034" : "employment_2034_thousands");
            }
            int base = Math.min(years.get(0), years.get(1));
            int projected = Math.max(years.get(0), years.get(1));
            String suffix = raw ? "" : " thousands";
            Column code = raw ? h.require("Occupation Code", "occupation code") : h.require("soc_code", "soc code");
            Column title = raw ? h.require("Occupation Title", "occupation title") : h.require("occupation_title", "occupation title");
            Column samples = h.optional("sample job titles");
            Column baseEmployment = h.require("Employment " + base, "employment " + base + suffix);
            Column projectedEmployment = h.require("Employment " + projected, "employment " + projected + suffix);
            Column change = h.require("Employment Change", Pattern.compile("employment change.*"));
            Column percent = h.require("Employment Percent Change", Pattern.compile("employment (?:percent|pct) change.*"));
            Column openings = h.require("Occupational Openings", Pattern.compile("(?:occupational openings.*annual average|annual avg openings.*)"));
            Column wage = h.require("Median Annual Wage", Pattern.compile("median annual wage.*"));
            Column wageFlag = h.optional("median wage flag");
            Column education = h.optional("typical entry level education", "typical entry education");
            Column experience = h.optional("work experience in a related occupation", "work experience in related occupation");
            Column training = h.optional("typical on the job training");
            String vintage = base + "-" + projected;
            return List.of(new Target(ReferenceDataset.PROJECTIONS, vintage, order(Integer.toString(base)), cells -> {
                String soc = code(code, cells, Values.SOC, "reference.format.soc");
                String fullTitle = required(title, cells);
                String sampleTitles = text(samples, cells);
                int star = fullTitle.indexOf('*');
                if (star >= 0) {
                    sampleTitles = String.join("; ", List.of(fullTitle.substring(star + 1).split("\\*")).stream()
                            .map(String::trim).filter(s -> !s.isEmpty()).toList());
                    fullTitle = fullTitle.substring(0, star).trim();
                }
                String wageText = wage.in(cells);
                boolean topCoded = wageText.startsWith(">=") || wageText.startsWith("≥")
                        || wageFlag.in(cells).toLowerCase(Locale.ROOT).startsWith("greater");
                String wageValue = wageText.equalsIgnoreCase("N/A") || wageText.isEmpty() ? null
                        : Values.decimal(new Column(wage.name(), 0), List.of(wageText.replace(">=", "").replace("≥", "")));
                return new String[] {soc, fullTitle, sampleTitles, Integer.toString(base), Integer.toString(projected),
                        decimal(baseEmployment, cells), decimal(projectedEmployment, cells), decimal(change, cells),
                        decimal(percent, cells), decimal(openings, cells), wageValue, topCoded ? "t" : "f",
                        text(education, cells), text(experience, cells), text(training, cells)};
            }));
        }
    }

    /** OEWS: the national cross-industry rows. "#" marks a wage at or above the top code, "*" none published. */
    static final class Wages implements FileKind {
        private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(?:m|may[ _-]?)((?:19|20)\\d{2})");

        public String messageKey() {
            return "reference.kind.wages";
        }

        public boolean recognizes(Header h) {
            return h.has("occ code", "occ title", "tot emp", "a median");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = h.require("OCC_CODE", "occ code");
            Column title = h.require("OCC_TITLE", "occ title");
            Column group = h.require("O_GROUP", "o group", "occ group");
            Column employment = h.require("TOT_EMP", "tot emp");
            Column area = h.optional("area");
            Column areaType = h.optional("area type");
            Column industry = h.optional("naics");
            Column ownership = h.optional("own code");
            Column hourlyMean = h.require("H_MEAN", "h mean");
            Column annualMean = h.require("A_MEAN", "a mean");
            Column hourlyMedian = h.require("H_MEDIAN", "h median");
            Column p10 = h.require("A_PCT10", "a pct10");
            Column p25 = h.require("A_PCT25", "a pct25");
            Column median = h.require("A_MEDIAN", "a median");
            Column p75 = h.require("A_PCT75", "a pct75");
            Column p90 = h.require("A_PCT90", "a pct90");
            Column annualOnly = h.optional("annual");
            Matcher matcher = MONTH_YEAR.matcher(h.displayName());
            if (!matcher.find()) {
                throw unknownVintage("OEWS");
            }
            String year = matcher.group(1);
            return List.of(new Target(ReferenceDataset.WAGES, "May " + year, order(year + ".05"), cells -> {
                boolean national = (!areaType.present() || areaType.in(cells).equals("1"))
                        && (!area.present() || area.in(cells).equals("99"))
                        && (!industry.present() || industry.in(cells).equals("000000"))
                        && (!ownership.present() || ownership.in(cells).equals("1235"));
                if (!national) {
                    return null;
                }
                String soc = code(code, cells, Values.SOC, "reference.format.soc");
                boolean[] topCoded = {false};
                return new String[] {soc, required(title, cells), required(group, cells).toLowerCase(Locale.ROOT),
                        wage(employment, cells, topCoded), wage(hourlyMean, cells, topCoded), wage(annualMean, cells, topCoded),
                        wage(hourlyMedian, cells, topCoded), wage(p10, cells, topCoded), wage(p25, cells, topCoded),
                        wage(median, cells, topCoded), wage(p75, cells, topCoded), wage(p90, cells, topCoded),
                        topCoded[0] ? "t" : "f", annualOnly.in(cells).equalsIgnoreCase("TRUE") ? "t" : "f"};
            }));
        }

        private static String wage(Column column, List<String> cells, boolean[] topCoded) throws ValueProblem {
            String value = column.in(cells);
            if (value.equals("#")) {
                topCoded[0] = true;
                return column.name().toUpperCase(Locale.ROOT).startsWith("H") ? "115" : "239200";
            }
            if (value.startsWith("*")) {
                return null;
            }
            return decimal(column, cells);
        }
    }

    static final class NemCrosswalk implements FileKind {
        public String messageKey() {
            return "reference.kind.nemCrosswalk";
        }

        public boolean recognizes(Header h) {
            return h.has("o net soc code", "nem code");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = onetCode(h);
            Column nem = h.require("NEM Code", "nem code");
            Column nemTitle = h.optional("national employment matrix occupational title");
            String year = yearFromTitleOrName(h);
            if (year == null) {
                throw unknownVintage("NEM crosswalk");
            }
            return List.of(new Target(ReferenceDataset.NEM_CROSSWALK, year, order(year), cells -> withSoc(onet(code, cells),
                    code(nem, cells, Values.SOC, "reference.format.soc"), text(nemTitle, cells))));
        }
    }

    // ---- geography --------------------------------------------------------------------------------------

    /** USPS abbreviations by state FIPS code: fixed by the standards, not shipped in the Census files. */
    static final Map<String, String> STATE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("01", "AL"), Map.entry("02", "AK"), Map.entry("04", "AZ"), Map.entry("05", "AR"), Map.entry("06", "CA"),
            Map.entry("08", "CO"), Map.entry("09", "CT"), Map.entry("10", "DE"), Map.entry("11", "DC"), Map.entry("12", "FL"),
            Map.entry("13", "GA"), Map.entry("15", "HI"), Map.entry("16", "ID"), Map.entry("17", "IL"), Map.entry("18", "IN"),
            Map.entry("19", "IA"), Map.entry("20", "KS"), Map.entry("21", "KY"), Map.entry("22", "LA"), Map.entry("23", "ME"),
            Map.entry("24", "MD"), Map.entry("25", "MA"), Map.entry("26", "MI"), Map.entry("27", "MN"), Map.entry("28", "MS"),
            Map.entry("29", "MO"), Map.entry("30", "MT"), Map.entry("31", "NE"), Map.entry("32", "NV"), Map.entry("33", "NH"),
            Map.entry("34", "NJ"), Map.entry("35", "NM"), Map.entry("36", "NY"), Map.entry("37", "NC"), Map.entry("38", "ND"),
            Map.entry("39", "OH"), Map.entry("40", "OK"), Map.entry("41", "OR"), Map.entry("42", "PA"), Map.entry("44", "RI"),
            Map.entry("45", "SC"), Map.entry("46", "SD"), Map.entry("47", "TN"), Map.entry("48", "TX"), Map.entry("49", "UT"),
            Map.entry("50", "VT"), Map.entry("51", "VA"), Map.entry("53", "WA"), Map.entry("54", "WV"), Map.entry("55", "WI"),
            Map.entry("56", "WY"), Map.entry("60", "AS"), Map.entry("66", "GU"), Map.entry("69", "MP"), Map.entry("72", "PR"),
            Map.entry("78", "VI"));

    private static final Pattern POPULATION = Pattern.compile("pop ?estimate ?(\\d{4})");

    private static Column latestPopulation(Header h) {
        int latest = -1;
        int index = -1;
        for (int i = 0; i < h.originalNames().size(); i++) {
            Matcher matcher = POPULATION.matcher(Header.normalize(h.originalNames().get(i)));
            if (matcher.matches() && Integer.parseInt(matcher.group(1)) > latest) {
                latest = Integer.parseInt(matcher.group(1));
                index = i;
            }
        }
        return h.column(index);
    }

    private static String populationVintage(Column population) throws FileProblem {
        Matcher matcher = POPULATION.matcher(Header.normalize(population.name()));
        if (!matcher.matches()) {
            throw new FileProblem("reference.problem.missingColumn", "POPESTIMATE");
        }
        return matcher.group(1);
    }

    /**
     * Counties: Census's population estimates file (SUMLEV 050 rows are counties, 040 states; it also
     * yields the states) or the converted county list.
     */
    static final class Counties implements FileKind {
        public String messageKey() {
            return "reference.kind.counties";
        }

        public boolean recognizes(Header h) {
            return h.has("sumlev", "state", "county", "stname", "ctyname")
                    || h.has("state fips", "county fips", "county name");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column population = latestPopulation(h);
            String year = populationVintage(population);
            String vintage = "V" + year;
            if (h.has("sumlev")) {
                Column level = h.require("SUMLEV", "sumlev");
                Column state = h.require("STATE", "state");
                Column county = h.require("COUNTY", "county");
                Column stateName = h.require("STNAME", "stname");
                Column countyName = h.require("CTYNAME", "ctyname");
                return List.of(
                        new Target(ReferenceDataset.COUNTIES, vintage, order(year), cells -> {
                            if (!level.in(cells).equals("050") && !level.in(cells).equals("50")) {
                                return null;
                            }
                            String stateFips = fips(state, cells, 2, Values.STATE_FIPS, "reference.format.stateFips");
                            String countyFips = fips(county, cells, 3, Pattern.compile("\\d{3}"), "reference.format.countyPart");
                            return new String[] {stateFips + countyFips, stateFips, required(countyName, cells),
                                    required(stateName, cells), integer(population, cells, 0, Integer.MAX_VALUE)};
                        }),
                        new Target(ReferenceDataset.STATES, vintage, order(year), cells -> {
                            if (!level.in(cells).equals("040") && !level.in(cells).equals("40")) {
                                return null;
                            }
                            String stateFips = fips(state, cells, 2, Values.STATE_FIPS, "reference.format.stateFips");
                            return new String[] {stateFips, required(stateName, cells), STATE_ABBREVIATIONS.get(stateFips),
                                    integer(population, cells, 0, Integer.MAX_VALUE)};
                        }));
            }
            Column state = h.require("state_fips", "state fips");
            Column county = h.require("county_fips", "county fips");
            Column stateName = h.require("state_name", "state name");
            Column countyName = h.require("county_name", "county name");
            return List.of(new Target(ReferenceDataset.COUNTIES, vintage, order(year), cells -> {
                String stateFips = fips(state, cells, 2, Values.STATE_FIPS, "reference.format.stateFips");
                String countyFips = fips(county, cells, 3, Pattern.compile("\\d{3}"), "reference.format.countyPart");
                return new String[] {stateFips + countyFips, stateFips, required(countyName, cells), required(stateName, cells),
                        integer(population, cells, 0, Integer.MAX_VALUE)};
            }));
        }
    }

    static final class States implements FileKind {
        public String messageKey() {
            return "reference.kind.states";
        }

        public boolean recognizes(Header h) {
            return h.has("state fips", "state name") && !h.has("county fips") && latestPopulation(h).present();
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column population = latestPopulation(h);
            String year = populationVintage(population);
            Column state = h.require("state_fips", "state fips");
            Column name = h.require("state_name", "state name");
            return List.of(new Target(ReferenceDataset.STATES, "V" + year, order(year), cells -> {
                String stateFips = fips(state, cells, 2, Values.STATE_FIPS, "reference.format.stateFips");
                return new String[] {stateFips, required(name, cells), STATE_ABBREVIATIONS.get(stateFips),
                        integer(population, cells, 0, Integer.MAX_VALUE)};
            }));
        }
    }

    /** OMB's CBSA delineation (Census "List 1"): one row per county in a metropolitan or micropolitan area. */
    static final class CbsaDelineation implements FileKind {
        public String messageKey() {
            return "reference.kind.cbsa";
        }

        public boolean recognizes(Header h) {
            return h.has("cbsa code", "cbsa title", "fips state code", "fips county code");
        }

        public List<Target> targets(Header h) throws FileProblem {
            Column code = h.require("CBSA Code", "cbsa code");
            Column title = h.require("CBSA Title", "cbsa title");
            Column type = h.require("Metropolitan/Micropolitan Statistical Area", "metropolitan micropolitan statistical area");
            Column division = h.optional("metropolitan division code");
            Column divisionTitle = h.optional("metropolitan division title");
            Column csa = h.optional("csa code");
            Column csaTitle = h.optional("csa title");
            Column county = h.require("County/County Equivalent", "county county equivalent");
            Column stateName = h.require("State Name", "state name");
            Column state = h.require("FIPS State Code", "fips state code");
            Column countyCode = h.require("FIPS County Code", "fips county code");
            Column central = h.optional("central outlying county");
            String year = yearFromTitleOrName(h);
            if (year == null) {
                throw unknownVintage("CBSA");
            }
            return List.of(new Target(ReferenceDataset.CBSA, year, order(year), cells -> {
                String areaType = required(type, cells).toLowerCase(Locale.ROOT).startsWith("metro") ? "metropolitan" : "micropolitan";
                String countyFips = fips(state, cells, 2, Values.STATE_FIPS, "reference.format.stateFips")
                        + fips(countyCode, cells, 3, Pattern.compile("\\d{3}"), "reference.format.countyPart");
                return new String[] {code(code, cells, Values.CBSA, "reference.format.cbsa"), required(title, cells), areaType,
                        text(division, cells), text(divisionTitle, cells), text(csa, cells), text(csaTitle, cells), countyFips,
                        required(county, cells), required(stateName, cells), central.in(cells).equalsIgnoreCase("Central") ? "t" : "f"};
            }));
        }
    }
}
