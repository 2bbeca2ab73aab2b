package cn.zhicheng.portal.system.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.zhicheng.portal.system.security.AccessWorld.Kind;
import cn.zhicheng.portal.system.security.MappedEndpoints.Endpoint;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the paths of the access matrix name: the kind of object behind each path variable, the catalogue or content
 * table behind an administrator's or a public id, one valid value for the variables that name no object, and the
 * parameters a handler reads. A variable of no known kind fails the matrix, so a new endpoint gets classified here.
 */
final class AccessPaths {

	/** A day no other test uses: an administrator's probe of the calendar must not move a real working day. */
	static final String DAY = "2099-01-05";

	private AccessPaths() {
	}

	record Param(String name, Class<?> type) {
	}

	/** Why a path is not probed, or null: the bench profile's baselines are not mapped in tests. */
	static @Nullable String skipReason(String pattern) {
		if (pattern.equals("/error")) {
			return "the container's error page";
		}
		if (pattern.startsWith("/bench/")) {
			return "bench profile only";
		}
		return null;
	}

	static boolean isPublic(String path) {
		for (String open : SecurityConfiguration.PUBLIC_PATHS) {
			String prefix = open.replace("/**", "");
			if (path.equals(prefix) || open.endsWith("/**") && path.startsWith(prefix + "/")) {
				return true;
			}
		}
		return false;
	}

	static @Nullable Kind kindOf(String pattern, String name) {
		return switch (name) {
			case "attachmentId" -> pattern.startsWith("/admin/") ? null : Kind.ATTACHMENT;
			case "objectionId" -> Kind.OBJECTION;
			case "applicationId" -> Kind.APPLICATION;
			case "sessionId" -> Kind.PUBLISHED_SESSION;
			case "id" -> {
				if (pattern.matches("/(applicant|unit|county|city)/applications/.*")) {
					yield Kind.APPLICATION;
				}
				Map<String, Kind> prefixes = new LinkedHashMap<>();
				prefixes.put("/applicant/certificates/", Kind.CERTIFICATE);
				prefixes.put("/applicant/records/", Kind.RECORD);
				prefixes.put("/applicant/unit/requests/", Kind.CHANGE_REQUEST);
				prefixes.put("/unit/change-requests/", Kind.CHANGE_REQUEST);
				prefixes.put("/unit/staff/", Kind.ACCOUNT);
				prefixes.put("/units/approvals/", Kind.PENDING_UNIT);
				prefixes.put("/city/committee-sessions/", Kind.SESSION);
				prefixes.put("/city/certificate-corrections/", Kind.CORRECTION);
				prefixes.put("/notices/", Kind.NOTICE_FILE);
				for (String area : new String[] { "unit", "county", "city", "admin" }) {
					prefixes.put("/" + area + "/exports/", Kind.EXPORT);
				}
				yield prefixes.entrySet()
					.stream()
					.filter(prefix -> pattern.startsWith(prefix.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null);
			}
			default -> null;
		};
	}

	/** Catalogue and content objects: the administrator's, or public; one real one of each. */
	static @Nullable String tableOf(String pattern, String name) {
		if (pattern.startsWith("/admin/content/") || pattern.startsWith("/content/")) {
			return name.equals("attachmentId") || pattern.startsWith("/content/attachments/") ? "content_attachment"
					: "content_item";
		}
		return switch (name) {
			case "seriesId" -> "title_series";
			case "fieldId" -> "field";
			case "specialtyId" -> "specialty";
			case "ruleId" -> "routing_rule";
			case "id" -> pattern.startsWith("/admin/users/") ? "user_account"
					: pattern.startsWith("/admin/committees/") ? "committee" : null;
			default -> null;
		};
	}

	/** Variables that name no object: one valid value each. */
	static @Nullable String fixedValue(String pattern, String name) {
		return switch (name) {
			case "kind" -> "education";
			case "section" -> "EDUCATION";
			case "slug" -> "review-form";
			case "date", "day" -> DAY;
			default -> null;
		};
	}

	/** Request parameters and form fields of the handler, by name and type. */
	static List<Param> params(Endpoint endpoint) {
		List<Param> params = new ArrayList<>();
		for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || MultipartFile.class.isAssignableFrom(type)) {
				continue;
			}
			RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
			if (named != null || BeanUtils.isSimpleProperty(type)) {
				String name = named != null && !named.name().isEmpty() ? named.name() : parameter.getParameterName();
				params.add(new Param(Objects.requireNonNull(name), type));
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| type.getName().startsWith("cn.zhicheng.portal")) {
				if (type.isRecord()) {
					for (RecordComponent component : type.getRecordComponents()) {
						params.add(new Param(component.getName(), component.getType()));
					}
				}
				else {
					for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
						if (property.getWriteMethod() != null) {
							params.add(new Param(property.getName(), property.getPropertyType()));
						}
					}
				}
			}
		}
		return params;
	}

}
