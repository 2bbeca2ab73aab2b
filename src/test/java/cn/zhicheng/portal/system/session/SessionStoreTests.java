package cn.zhicheng.portal.system.session;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.HexFormat;

import cn.zhicheng.portal.MockMvcSessions;
import cn.zhicheng.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sessions in PostgreSQL (issue #11): a signed-in session is a row naming its user; one that another version of the
 * portal wrote and this one cannot read signs the user out instead of failing every request; expired sessions are
 * deleted by the cleanup job.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class SessionStoreTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionCleanup cleanup;

	@Test
	void aSignedInSessionIsStoredUnderItsUser() {
		MockHttpSession session = signIn();
		assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
				MockMvcSessions.storedId(session))).isEqualTo("demo-applicant");
		assertThat(jdbc.queryForList("""
				select attribute_name from spring_session_attributes a join spring_session s
				on s.primary_id = a.session_primary_id where s.session_id = ?""", String.class,
				MockMvcSessions.storedId(session))).contains("SPRING_SECURITY_CONTEXT");
	}

	@Test
	void aSignedInUserWhoseSessionThisVersionCannotReadSignsInAgainWithoutAnError(CapturedOutput output)
			throws Exception {
		MockHttpSession session = signIn();
		assertThat(mvc.get().uri("/applicant").accept(MediaType.TEXT_HTML).session(session)).hasStatusOk();
		// What a later or earlier version might have written: a class this one does not have.
		jdbc.update("""
				update spring_session_attributes set attribute_bytes = ?
				where attribute_name = 'SPRING_SECURITY_CONTEXT' and session_primary_id =
				    (select primary_id from spring_session where session_id = ?)""", unknownClass(),
				MockMvcSessions.storedId(session));

		assertThat(mvc.get().uri("/applicant").accept(MediaType.TEXT_HTML).session(session)).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(output).contains("A session attribute could not be read and is dropped: java.lang.ClassNotFoundException");
		assertThat(mvc.get().uri("/applicant").session(signIn())).hasStatusOk();
	}

	@Test
	void theCleanupDeletesExpiredSessionsOnly() {
		String live = MockMvcSessions.storedId(signIn());
		String expired = MockMvcSessions.storedId(signIn());
		jdbc.update("update spring_session set expiry_time = 0 where session_id = ?", expired);
		cleanup.clean();
		assertThat(jdbc.queryForList("select session_id from spring_session where session_id in (?, ?)", String.class,
				live, expired)).containsExactly(live);
	}

	private MockHttpSession signIn() {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post().uri("/login").param("username", "demo-applicant").param("password", "Demo#2026")
			.session(session).with(csrf())).redirectedUrl().isEqualTo("/home");
		return session;
	}

	/**
	 * A serialized object of a class this version does not have, as after a class was renamed or moved between
	 * versions: the stream names a class of the same length that is not there.
	 */
	private static byte[] unknownClass() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(new Renamed("demo-applicant"));
		}
		byte[] written = bytes.toByteArray();
		String hex = HexFormat.of().formatHex(written);
		String name = HexFormat.of().formatHex(Renamed.class.getName().getBytes());
		String gone = HexFormat.of().formatHex(Renamed.class.getName().replace("Renamed", "Removed").getBytes());
		return HexFormat.of().parseHex(hex.replace(name, gone));
	}

	record Renamed(String username) implements java.io.Serializable {
	}

}
