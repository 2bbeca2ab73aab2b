package cn.zhicheng.portal.certificate.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zhicheng.portal.catalog.TitleLevel;
import cn.zhicheng.portal.certificate.registry.ImportColumn.Positions;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import in progress: takes the rows as the reader streams them, the first non-blank one as the header, checks
 * each, and inserts the good ones a batch at a time. A number counts as taken once a row with it was accepted, so a
 * second row with the same number is refused whether the first is already stored or still in the batch.
 */
final class ImportBatch implements RowHandler {

	private final ImportRepository certificates;

	private final TransactionTemplate transactions;

	private final RegistrySettings settings;

	private final IdNumberHash hash;

	private final Map<String, TitleLevel> levels;

	private final LocalDate today;

	private @Nullable ImportRowCheck check;

	/** Accepted numbers and the line that brought each. */
	private final Map<String, Long> accepted = new HashMap<>();

	private final List<ImportedCertificate> pending = new ArrayList<>();

	private final List<Long> pendingLines = new ArrayList<>();

	private final List<RowProblem> problems = new ArrayList<>();

	private long rows;

	private long imported;

	private long rejected;

	private long lastLine;

	ImportBatch(ImportRepository certificates, TransactionTemplate transactions, RegistrySettings settings,
			IdNumberHash hash, Map<String, TitleLevel> levels, LocalDate today) {
		this.certificates = certificates;
		this.transactions = transactions;
		this.settings = settings;
		this.hash = hash;
		this.levels = levels;
		this.today = today;
	}

	@Override
	public void row(long line, List<String> cells) {
		lastLine = line;
		if (cells.stream().allMatch(cell -> ImportColumn.clean(cell).isEmpty())) {
			return;
		}
		if (check == null) {
			check = new ImportRowCheck(Positions.of(cells), levels, hash, today);
			return;
		}
		rows++;
		List<MessageSourceResolvable> reasons = new ArrayList<>();
		ImportedCertificate certificate = check.check(cells, reasons);
		if (certificate == null) {
			reject(line, reasons);
			return;
		}
		Long earlier = accepted.putIfAbsent(certificate.number(), line);
		if (earlier != null) {
			reject(line, List.of(ImportRowCheck.reason("registry.import.row.number-repeated", String.valueOf(earlier))));
			return;
		}
		pending.add(certificate);
		pendingLines.add(line);
		if (pending.size() >= settings.batchSize()) {
			flush();
		}
	}

	/** The file could not be decoded past the last row read: what came before stands, the rest is one bad row. */
	void unreadableAfterLastRow() {
		flush();
		rows++;
		reject(lastLine + 1, List.of(ImportRowCheck.reason("registry.import.row.unreadable")));
	}

	/**
	 * @throws ImportRefusedException when the file had no header row at all
	 */
	ImportResult finish(String fileName, UploadFormat format) {
		if (check == null) {
			throw new ImportRefusedException("registry.import.refused.header", "");
		}
		flush();
		// A number found taken is known only when its batch is stored, after later lines were read: list by line.
		problems.sort(Comparator.comparingLong(RowProblem::line));
		return new ImportResult(fileName, format, rows, imported, rejected, List.copyOf(problems));
	}

	private void flush() {
		if (pending.isEmpty()) {
			return;
		}
		List<ImportedCertificate> batch = List.copyOf(pending);
		List<Long> lines = List.copyOf(pendingLines);
		pending.clear();
		pendingLines.clear();
		List<Long> taken = transactions.execute(status -> {
			Set<String> existing = certificates.existing(batch.stream().map(ImportedCertificate::number).toList());
			List<ImportedCertificate> fresh = new ArrayList<>();
			List<Long> freshLines = new ArrayList<>();
			List<Long> refused = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				if (existing.contains(batch.get(i).number())) {
					refused.add(lines.get(i));
				}
				else {
					fresh.add(batch.get(i));
					freshLines.add(lines.get(i));
				}
			}
			boolean[] inserted = fresh.isEmpty() ? new boolean[0] : certificates.insert(fresh);
			for (int i = 0; i < inserted.length; i++) {
				if (!inserted[i]) {
					refused.add(freshLines.get(i));
				}
			}
			return refused;
		});
		imported += batch.size() - taken.size();
		taken.stream()
			.sorted()
			.forEach(line -> reject(line, List.of(ImportRowCheck.reason("registry.import.row.number-taken"))));
	}

	private void reject(long line, List<MessageSourceResolvable> reasons) {
		rejected++;
		if (problems.size() < settings.reportedRows()) {
			problems.add(new RowProblem(line, List.copyOf(reasons)));
		}
	}

}
