package cn.zhicheng.portal.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhicheng.portal.PortalTest;
import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.committee.CommitteeFiles;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * With profile {@code bench} (one more context, started once) the baselines answer without signing in and return the
 * rows the pages show for the same person: what makes a page-to-baseline ratio meaningful (issue #9).
 */
@PortalTest
@ActiveProfiles("bench")
class BaselineBenchProfileTests {

	private static final Pattern NUMBER = Pattern.compile("SB\\d{10}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommitteeFiles files;

	@Test
	void baselinesReturnWhatThePagesShow() {
		PortalUser applicant = files.applicant();
		long id = files.file(applicant, files.committee(CommitteeFiles.COMMITTEE), ignored -> {
		}, ApplicationStatus.CITY_REVIEW);
		PortalUser city = files.city();

		String queuePage = body(mvc.get().uri("/city/queue").with(user(city)));
		String queueBaseline = body(mvc.get().uri("/bench/baseline/queue?role=CITY_REVIEWER&region=" + city.regionId()));
		assertThat(numbers(queueBaseline)).isNotEmpty().isEqualTo(numbers(queuePage).stream().distinct().toList());

		String listPage = body(mvc.get().uri("/applicant/applications").with(user(applicant)));
		String listBaseline = body(mvc.get().uri("/bench/baseline/applications?applicant=" + applicant.id()));
		assertThat(numbers(listBaseline)).hasSize(1).isEqualTo(numbers(listPage).stream().distinct().toList());

		String tracking = body(mvc.get().uri("/bench/baseline/applications/" + id + "?applicant=" + applicant.id()));
		assertThat(tracking).startsWith(numbers(listBaseline).getFirst() + " CITY_REVIEW history ");
		assertThat(body(mvc.get().uri("/applicant/applications/" + id).with(user(applicant))))
			.contains(numbers(listBaseline).getFirst());
	}

	@Test
	void baselinesAnswerWithoutSigningInAndTheSaveChecksTheVersion() {
		assertThat(body(mvc.get().uri("/bench/baseline/bcrypt"))).isEqualTo("ok\n");
		assertThat(body(mvc.get().uri("/bench/baseline/account?username=demo-city"))).contains("CITY_REVIEWER");
		assertThat(body(mvc.get().uri("/bench/baseline/certificate?holderName=无此人&number=粤职证2016000000")))
			.isEqualTo("none\n");
		PortalUser applicant = files.applicant();
		long id = files.file(applicant, files.committee(CommitteeFiles.COMMITTEE), ignored -> {
		}, ApplicationStatus.CITY_REVIEW);
		long before = files.version(id);
		assertThat(body(mvc.post().uri("/bench/baseline/applications/" + id + "/personal?applicant=" + applicant.id()
				+ "&workStartedOn=2012-07-15&administrativePost=x"))).isEqualTo("saved " + (before + 1) + "\n");
		assertThat(files.version(id)).isEqualTo(before + 1);
	}

	private static String body(MockMvcTester.MockMvcRequestBuilder request) {
		var result = request.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> numbers(String text) {
		Matcher m = NUMBER.matcher(text);
		List<String> found = new java.util.ArrayList<>();
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

}
