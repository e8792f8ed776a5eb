package org.pathways.requirements;

import java.util.List;

import org.pathways.platform.DemoRegion;
import org.pathways.requirements.HiringRequirements.BackgroundCheck;
import org.pathways.requirements.HiringRequirements.CompetencyType;
import org.pathways.requirements.HiringRequirements.CredentialKind;
import org.pathways.requirements.HiringRequirements.Item;
import org.pathways.requirements.HiringRequirements.Necessity;
import org.pathways.requirements.HiringRequirements.Practices;
import org.pathways.requirements.HiringRequirements.RecordKind;
import org.pathways.requirements.HiringRequirements.RequirementsInput;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hiring requirements on the demo's critical jobs, saved through the module's own rules as the people who keep them:
 * Second Chance Works' Keystone machinists (whose background check moved from before any offer to after a conditional
 * one, a fair-chance change in two saves), Riverbend's emergency-department techs and Lakeside's forklift operators;
 * and, kept by the chamber, the manufacturing collaborative's machinists (a bachelor's degree required by two of three,
 * which the check and the roll-up flag) and welders (recorded by two members only).
 * Loaded once; a second start finds requirements and changes nothing.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "pathways.demo.enabled", havingValue = "true")
class DemoRequirements implements ApplicationRunner {

    private final HiringRequirements requirements;
    private final DemoRegion region;
    private final JdbcClient jdbc;

    DemoRequirements(HiringRequirements requirements, DemoRegion region, JdbcClient jdbc) {
        this.requirements = requirements;
        this.region = region;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from job_requirements").query(Long.class).single() > 0) {
            return;
        }
        Long machinists = job("Second Chance Works", "Keystone Precision Machining", "CNC Machinist");
        Long techs = job("Second Chance Works", "Riverbend Regional Health", "Patient Care Tech - ED");
        Long forklift = job("Second Chance Works", "Lakeside Freight & Logistics", "Forklift Operator");
        String chamber = "Riverbend Chamber of Commerce";
        Long chamberMachinists = job(chamber, "Keystone Precision Machining", "CNC Machinist");
        Long plasticsOperators = job(chamber, "Scioto Valley Plastics", "CNC Operator");
        Long gearMachinists = job(chamber, "Central Ohio Gear & Drive", "Machinist");
        Long keystoneWelders = job(chamber, "Keystone Precision Machining", "Welder/Fabricator");
        Long buckeyeWelders = job(chamber, "Buckeye Fabrication Works", "MIG Welder");
        if (machinists == null || techs == null || forklift == null || chamberMachinists == null || plasticsOperators == null
                || gearMachinists == null || keystoneWelders == null || buckeyeWelders == null) {
            return;
        }
        List<Item> machinistItems = List.of(
                Item.competency(CompetencyType.KNOWLEDGE, null, "Mathematics", Necessity.REQUIRED, true, 4),
                Item.competency(CompetencyType.SKILL, null, "Operation and Control", Necessity.REQUIRED, false, 4),
                Item.competency(CompetencyType.OWN_WORDS, null, "Reads blueprints and measures with calipers and micrometers",
                        Necessity.REQUIRED, false, 4),
                Item.credential(CredentialKind.HIGH_SCHOOL, null, null, Necessity.REQUIRED, true, 3),
                Item.credential(CredentialKind.INDUSTRY_CERTIFICATION, "NIMS Machining Level I", 24, Necessity.PREFERRED, false, 2),
                Item.experience(12, "On a CNC mill or lathe", Necessity.PREFERRED, 2));
        region.actingAs("practitioner", () -> {
            requirements.save(machinists, 0, new RequirementsInput(machinistItems, new Practices(false, BackgroundCheck.BEFORE_OFFER,
                    List.of(RecordKind.FELONY_CONVICTIONS, RecordKind.MISDEMEANOR_CONVICTIONS), 10, false, false, false, true, true,
                    false, true, 18, true)));
            // after the fair-chance conversation with Keystone's HR: the check after a conditional offer, 7 years, weighed case by case
            requirements.save(machinists, 1, new RequirementsInput(machinistItems, new Practices(false,
                    BackgroundCheck.AFTER_CONDITIONAL_OFFER, List.of(RecordKind.FELONY_CONVICTIONS), 7, true, true, false, true, true,
                    false, true, 18, true)));
            requirements.save(techs, 0, new RequirementsInput(List.of(
                    Item.competency(CompetencyType.SKILL, null, "Service Orientation", Necessity.REQUIRED, true, 4),
                    Item.competency(CompetencyType.KNOWLEDGE, null, "Customer and Personal Service", Necessity.REQUIRED, false, 4),
                    Item.competency(CompetencyType.OWN_WORDS, null, "Takes vital signs and helps patients move safely", Necessity.REQUIRED,
                            false, 5),
                    Item.credential(CredentialKind.CERTIFICATE, "Basic Life Support (BLS)", null, Necessity.REQUIRED, false, 5),
                    Item.credential(CredentialKind.LICENSE, "State Tested Nurse Aide (STNA)", 12, Necessity.PREFERRED, false, 3)),
                    new Practices(false, BackgroundCheck.AFTER_CONDITIONAL_OFFER, List.of(RecordKind.FELONY_CONVICTIONS,
                            RecordKind.PENDING_CHARGES), 7, true, true, false, true, true, true, true, 18, true)));
            requirements.save(forklift, 0, new RequirementsInput(List.of(
                    Item.competency(CompetencyType.OWN_WORDS, null, "Operates a sit-down and a reach forklift safely", Necessity.REQUIRED,
                            false, 5),
                    Item.credential(CredentialKind.CERTIFICATE, "OSHA powered industrial truck operator", null, Necessity.REQUIRED, false,
                            4),
                    Item.experience(6, "In a warehouse or on a loading dock", Necessity.PREFERRED, 2)),
                    new Practices(false, BackgroundCheck.BEFORE_OFFER, List.of(RecordKind.FELONY_CONVICTIONS, RecordKind.DRIVING), 10,
                            false, false, true, true, true, true, false, 18, true)));
        });
        // the manufacturing collaborative's machinists: two of three members require a bachelor's degree, which the roll-up flags;
        // its welders have requirements from two members only, so partners see them withheld
        Practices strict = new Practices(true, BackgroundCheck.BEFORE_OFFER, List.of(RecordKind.FELONY_CONVICTIONS,
                RecordKind.MISDEMEANOR_CONVICTIONS, RecordKind.ARRESTS_WITHOUT_CONVICTION), 10, false, false, true, true, true, false, null,
                21, true);
        region.actingAs("manager", () -> {
            requirements.save(chamberMachinists, 0, new RequirementsInput(List.of(
                    Item.credential(CredentialKind.BACHELOR, null, null, Necessity.REQUIRED, true, 4),
                    Item.competency(CompetencyType.KNOWLEDGE, null, "Mathematics", Necessity.REQUIRED, true, 4),
                    Item.experience(36, "As a CNC machinist", Necessity.REQUIRED, 4)), strict));
            requirements.save(plasticsOperators, 0, new RequirementsInput(List.of(
                    Item.credential(CredentialKind.BACHELOR, "Engineering technology", null, Necessity.REQUIRED, true, 3),
                    Item.competency(CompetencyType.SKILL, null, "Operation and Control", Necessity.REQUIRED, false, 4),
                    Item.competency(CompetencyType.KNOWLEDGE, null, "Mathematics", Necessity.REQUIRED, true, 3),
                    Item.experience(24, null, Necessity.REQUIRED, 3)), strict));
            requirements.save(gearMachinists, 0, new RequirementsInput(List.of(
                    Item.credential(CredentialKind.HIGH_SCHOOL, null, null, Necessity.REQUIRED, true, 3),
                    Item.competency(CompetencyType.KNOWLEDGE, null, "Mathematics", Necessity.REQUIRED, true, 4),
                    Item.competency(CompetencyType.SKILL, null, "Operation and Control", Necessity.REQUIRED, false, 4),
                    Item.credential(CredentialKind.INDUSTRY_CERTIFICATION, "NIMS Machining Level I", 24, Necessity.PREFERRED, false, 2)),
                    new Practices(false, BackgroundCheck.AFTER_CONDITIONAL_OFFER, List.of(RecordKind.FELONY_CONVICTIONS), 7, true, true,
                            false, true, true, false, true, 18, true)));
            for (Long welders : List.of(keystoneWelders, buckeyeWelders)) {
                requirements.save(welders, 0, new RequirementsInput(List.of(
                        Item.credential(CredentialKind.CERTIFICATE, "AWS D1.1 structural welding", 12, Necessity.REQUIRED, false, 4),
                        Item.experience(12, "MIG or flux-core welding", Necessity.PREFERRED, 3)), Practices.notRecorded()));
            }
        });
    }

    private Long job(String organization, String employer, String title) {
        return jdbc.sql("""
                        select j.id from critical_job_directory j
                        join employer_directory e on e.id = j.employer_id
                        join organization_directory o on o.id = e.organization_id
                        where o.name = ? and e.name = ? and j.employer_title = ?
                        order by j.id limit 1""")
                .params(organization, employer, title).query(Long.class).optional().orElse(null);
    }
}
