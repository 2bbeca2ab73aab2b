package cn.zhicheng.portal.application.domain;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.personaldata.PersonalDataCipher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The one way a file is frozen into an application's snapshot and read back: as JSON with the applicant's ID and
 * mobile numbers sealed (issue #10), so the snapshot columns hold no number in clear, like the account they came from.
 */
@Component
public class FrozenFiles {

	private final JsonMapper json;

	private final PersonalDataCipher cipher;

	FrozenFiles(JsonMapper json, PersonalDataCipher cipher) {
		this.json = json;
		this.cipher = cipher;
	}

	public String freeze(ApplicationFile file) {
		return json.writeValueAsString(file.withContacts(cipher::seal, cipher::seal));
	}

	public ApplicationFile thaw(String snapshot) {
		return json.readValue(snapshot, ApplicationFile.class).withContacts(cipher::open, cipher::open);
	}

}
