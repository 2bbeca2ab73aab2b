package cn.zhicheng.portal.records;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The records module reaches only the account and eligibility APIs, nothing else of the portal. */
class RecordsModuleTests {

	private final JavaClasses records = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.zhicheng.portal.records");

	@Test
	void dependsOnlyOnTheAccountAndEligibilityApis() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("cn.zhicheng.portal.records..", "cn.zhicheng.portal.account",
					"cn.zhicheng.portal.eligibility", "java..", "jakarta..", "org.springframework..", "org.jspecify..")
			.check(records);
	}

}
