package cn.zhicheng.portal.application.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.zhicheng.portal.application.ApplicationFile;
import cn.zhicheng.portal.application.domain.Application;
import cn.zhicheng.portal.application.domain.ApplicationService;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 评前公示 as the public reads it (DOMAIN.md §4.1): the files in their notice today, and for each what the
 * notice publishes. The file is found in SQL by status and dates before it is read at all, so a file not in notice
 * is answered exactly as one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class PublicNoticeService {

	/** Rows of the public list per page. */
	public static final int PAGE_SIZE = 20;

	private static final int MAX_SEARCH = 40;

	private final PublicNotices notices;

	private final ApplicationService applications;

	private final EntityManager entities;

	private final Clock clock;

	PublicNoticeService(PublicNotices notices, ApplicationService applications, EntityManager entities, Clock clock) {
		this.notices = notices;
		this.applications = applications;
		this.entities = entities;
		this.clock = clock;
	}

	/** A page of the files in notice after the keyset, optionally of units or cities whose name contains the text. */
	public NoticePage list(@Nullable String search, @Nullable LocalDate afterEnds, @Nullable Long afterId) {
		String text = search == null || search.isBlank() ? null : search.strip();
		if (text != null && text.length() > MAX_SEARCH) {
			text = text.substring(0, MAX_SEARCH);
		}
		List<NoticeRow> rows = notices.list(LocalDate.now(clock), text, afterEnds, afterId, PAGE_SIZE + 1);
		if (rows.size() <= PAGE_SIZE) {
			return new NoticePage(rows, null, null);
		}
		NoticeRow last = rows.get(PAGE_SIZE - 1);
		return new NoticePage(rows.subList(0, PAGE_SIZE), last.endsOn(), last.id());
	}

	/** What the notice publishes of the file, if it is in notice today. */
	public Optional<NoticeDetail> find(long id) {
		return notices.find(LocalDate.now(clock), id).map(row -> detail(row, entities.find(Application.class, id)));
	}

	private NoticeDetail detail(NoticeRow row, Application app) {
		ApplicationFile file = applications.file(app);
		ApplicationFile.Declaration declaration = file.declaration();
		ApplicationFile.CurrentTitle title = file.personal().title();
		List<NoticeDetail.Achievement> achievements = file.achievementsSinceTitle()
			.stream()
			.map(record -> new NoticeDetail.Achievement(record.entry().achievementKind(), record.entry().title(),
					record.entry().roleOrRank(), record.entry().happenedOn()))
			.toList();
		return new NoticeDetail(row, declaration.seriesName(), declaration.levelName(), declaration.committeeName(),
				title == null ? null : title.name(), achievements);
	}

}
