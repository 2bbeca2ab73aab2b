package cn.zhicheng.portal.bench;

import java.util.ArrayList;
import java.util.List;

import cn.zhicheng.portal.application.ApplicationStatus;
import cn.zhicheng.portal.application.ApplicationType;
import cn.zhicheng.portal.application.Party;
import cn.zhicheng.portal.application.WorkflowAction;

import static cn.zhicheng.portal.application.ApplicationStatus.*;
import static cn.zhicheng.portal.application.WorkflowAction.*;

/**
 * The transitions that bring a file of a type to a status, along the rows of the workflow table (Workflow.java):
 * the main road (submit, 评前公示, county, city, committee) cut where the status lies, or left for a return, a
 * withdrawal, an objection or 不予受理. Files of a unit without a county go from the unit straight to the city.
 */
final class Paths {

	private Paths() {
	}

	static List<Step> of(ApplicationType type, ApplicationStatus status, boolean county, boolean objection,
			boolean atCounty) {
		List<Step> path = new ArrayList<>();
		switch (status) {
			case DRAFT -> {
			}
			case ABANDONED -> add(path, ABANDON, Party.APPLICANT, ABANDONED);
			case WITHDRAWN -> {
				add(path, SUBMIT, Party.APPLICANT, SUBMITTED);
				add(path, WITHDRAW, Party.APPLICANT, WITHDRAWN);
			}
			case RETURNED -> {
				road(path, type, IN_PUBLIC_NOTICE, county, false);
				add(path, RETURN_TO_APPLICANT, Party.UNIT_HR, RETURNED);
			}
			case HELD_BY_OBJECTION -> {
				road(path, type, IN_PUBLIC_NOTICE, county, false);
				add(path, HOLD_FOR_OBJECTION, Party.PUBLIC, HELD_BY_OBJECTION);
			}
			case NOT_ACCEPTED -> {
				boolean byCounty = county && atCounty;
				road(path, type, byCounty ? COUNTY_REVIEW : CITY_REVIEW, county, objection);
				add(path, NOT_ACCEPT, byCounty ? Party.COUNTY_REVIEWER : Party.CITY_REVIEWER, NOT_ACCEPTED);
			}
			default -> road(path, type, status, county, objection);
		}
		return path;
	}

	/** The main road up to and including {@code until}. */
	private static void road(List<Step> path, ApplicationType type, ApplicationStatus until, boolean county,
			boolean objection) {
		if (step(path, until, SUBMIT, Party.APPLICANT, SUBMITTED)) {
			return;
		}
		if (type == ApplicationType.CERTIFICATE_REISSUE) {
			if (step(path, until, CONFIRM_TO_CITY, Party.UNIT_HR, CITY_REVIEW)) {
				return;
			}
			add(path, APPROVE, Party.CITY_REVIEWER, PASSED);
			return;
		}
		if (step(path, until, START_PUBLIC_NOTICE, Party.UNIT_HR, IN_PUBLIC_NOTICE)) {
			return;
		}
		if (objection) {
			add(path, HOLD_FOR_OBJECTION, Party.PUBLIC, HELD_BY_OBJECTION);
			add(path, RESOLVE_OBJECTION, Party.UNIT_HR, IN_PUBLIC_NOTICE);
		}
		if (county) {
			if (step(path, until, FORWARD_TO_COUNTY, Party.UNIT_HR, COUNTY_REVIEW)
					|| step(path, until, FORWARD_TO_CITY, Party.COUNTY_REVIEWER, CITY_REVIEW)) {
				return;
			}
		}
		else if (step(path, until, FORWARD_TO_CITY, Party.UNIT_HR, CITY_REVIEW)) {
			return;
		}
		if (type == ApplicationType.INITIAL_RECOGNITION) {
			add(path, APPROVE, Party.CITY_REVIEWER, PASSED);
			return;
		}
		if (step(path, until, ACCEPT, Party.CITY_REVIEWER, ACCEPTED)
				|| step(path, until, START_COMMITTEE_REVIEW, Party.CITY_REVIEWER, IN_COMMITTEE_REVIEW)) {
			return;
		}
		add(path, until == FAILED ? RECORD_FAIL : RECORD_PASS, Party.CITY_REVIEWER, until);
	}

	/** Adds the step and tells whether the road ends here. */
	private static boolean step(List<Step> path, ApplicationStatus until, WorkflowAction action, Party party,
			ApplicationStatus to) {
		add(path, action, party, to);
		return to == until;
	}

	private static void add(List<Step> path, WorkflowAction action, Party party, ApplicationStatus to) {
		ApplicationStatus from = path.isEmpty() ? DRAFT : path.get(path.size() - 1).to();
		path.add(new Step(action, party, from, to));
	}

}
