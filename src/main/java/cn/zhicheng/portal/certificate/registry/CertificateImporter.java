package cn.zhicheng.portal.certificate.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import cn.zhicheng.portal.account.PortalUser;
import cn.zhicheng.portal.audit.AuditEntry;
import cn.zhicheng.portal.audit.AuditLog;
import cn.zhicheng.portal.catalog.TitleLevel;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports historical certificates (issue #7 part 2) from CSV or .xlsx, told apart by content. The file is read row
 * by row and good rows are inserted in batches, each batch in its own transaction: a file of 100,000 rows never holds
 * one long transaction or all its rows in memory, and a failure part-way keeps what came before it, as bad rows never
 * stop good ones. The one audit entry records the file name and the counts, never a row's content.
 */
@Service
class CertificateImporter {

	static final String AUDIT_SUBJECT = "CERTIFICATE_IMPORT";

	private final ImportRepository certificates;

	private final IdNumberHash hash;

	private final RegistrySettings settings;

	private final AuditLog audit;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CertificateImporter(ImportRepository certificates, IdNumberHash hash, RegistrySettings settings, AuditLog audit,
			MessageSource messages, TransactionTemplate transactions, Clock clock) {
		this.certificates = certificates;
		this.hash = hash;
		this.settings = settings;
		this.audit = audit;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @throws ImportRefusedException when the file is empty, too large, neither CSV nor .xlsx, or lacks a required
	 * column in its header: then nothing is imported
	 */
	ImportResult importFile(PortalUser admin, String fileName, long size, InputStreamSource content) {
		if (size == 0) {
			throw new ImportRefusedException("registry.import.refused.empty");
		}
		if (size > settings.maxFileSize().toBytes()) {
			throw new ImportRefusedException("registry.import.refused.too-large", settings.maxFileSize().toMegabytes());
		}
		UploadFormat format = UploadFormat.of(content);
		ImportBatch batch = new ImportBatch(certificates, transactions, settings, hash, levels(),
				LocalDate.now(clock));
		try (InputStream in = content.getInputStream()) {
			if (format == UploadFormat.XLSX) {
				XlsxRowReader.read(in, batch);
			}
			else {
				CsvRowReader.read(in, batch);
			}
		}
		catch (CharacterCodingException unreadable) {
			batch.unreadableAfterLastRow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ImportResult result = batch.finish(fileName, format);
		String detail = messages.getMessage("registry.import.audit-detail",
				new Object[] { fileName, String.valueOf(result.rows()), String.valueOf(result.imported()),
						String.valueOf(result.rejected()) },
				Locale.SIMPLIFIED_CHINESE);
		transactions.executeWithoutResult(status -> audit.record(new AuditEntry(admin.id(), admin.role().name(),
				"CERTIFICATES_IMPORTED", AUDIT_SUBJECT, null, detail)));
		return result;
	}

	/** Each level by its Chinese name (as in the bundle the pages use) and by its code. */
	private Map<String, TitleLevel> levels() {
		Map<String, TitleLevel> levels = new HashMap<>();
		for (TitleLevel level : TitleLevel.values()) {
			levels.put(level.name(), level);
			levels.put(messages.getMessage("title.level." + level.name(), null, Locale.SIMPLIFIED_CHINESE), level);
		}
		return levels;
	}

}
