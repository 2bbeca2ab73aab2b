package cn.zhicheng.portal.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The engine's answer (issue 5 part 4). {@code eligible} is for the normal route; when it fails for want of 学历 or
 * 年限, {@code route} is {@link Route#EXCEPTIONAL} to say 破格 remains possible, and {@code reasons} say what it needs.
 * Absent values are left out of the JSON: {@code grantableLevel} exists for initial recognition only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityResult(boolean eligible, Route route,
		@Schema(description = "the rule applied, in Chinese, with its source document") String rule,
		@Nullable LocalDate seniorityFrom, @Nullable LocalDate cutoff,
		@Schema(description = "years of 资历 the rule requires; 0.5 for a doctor's six months") @Nullable BigDecimal requiredYears,
		@Nullable Integer earliestReviewYear, @Nullable Level grantableLevel, @Nullable Window materialsWindow,
		@Schema(description = "each unmet condition, in Chinese") List<String> reasons) {

	public EligibilityResult {
		reasons = List.copyOf(reasons);
	}

	/** 有效材料 window: achievements outside it do not count (DOMAIN.md §2.3). */
	public record Window(LocalDate from, LocalDate to) {

		public boolean contains(LocalDate day) {
			return !day.isBefore(from) && !day.isAfter(to);
		}

	}

}
