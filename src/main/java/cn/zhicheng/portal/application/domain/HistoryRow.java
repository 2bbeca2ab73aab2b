package cn.zhicheng.portal.application.domain;

import java.time.Instant;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.WorkflowAction;
import cn.zhicheng.portal.application.WorkflowActor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One status change of an application; written once, never changed (the table refuses updates and deletes). */
@Entity
@Table(name = "application_history")
class HistoryRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "application_id")
	private Application application;

	@Enumerated(EnumType.STRING)
	private WorkflowAction action;

	private @Nullable Long actorId;

	@Enumerated(EnumType.STRING)
	private Party actorRole;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus toStatus;

	/** The {@code reason} column's length in characters (PostgreSQL counts code points). */
	static final int MAX_REASON = 2000;

	private @Nullable String reason;

	private Instant happenedAt;

	protected HistoryRow() {
	}

	Long id() {
		return id;
	}

	WorkflowAction action() {
		return action;
	}

	HistoryRow(Application application, WorkflowAction action, WorkflowActor actor, ApplicationStatus from,
			ApplicationStatus to, @Nullable String reason, Instant happenedAt) {
		this.application = application;
		this.action = action;
		this.actorId = actor.accountId();
		this.actorRole = actor.party();
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
		this.happenedAt = happenedAt;
	}

}
