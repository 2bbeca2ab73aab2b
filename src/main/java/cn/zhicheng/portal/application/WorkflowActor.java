package cn.zhicheng.portal.application;

import cn.zhicheng.portal.account.PortalUser;
import org.jspecify.annotations.Nullable;

/** The taker of a workflow action with the scope their jurisdiction is checked against. */
public record WorkflowActor(@Nullable Long accountId, Party party, @Nullable Long unitId, @Nullable Long regionId) {

	public static final WorkflowActor PUBLIC = new WorkflowActor(null, Party.PUBLIC, null, null);

	public static final WorkflowActor SYSTEM = new WorkflowActor(null, Party.SYSTEM, null, null);

	public static WorkflowActor of(PortalUser user) {
		return new WorkflowActor(user.id(), Party.of(user.role()), user.unitId(), user.regionId());
	}

}
