package cn.zhicheng.portal.system.security;

import java.beans.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import cn.zhicheng.portal.system.security.MappedEndpoints.Endpoint;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * One input a request's handler reads: a path variable, a request parameter or form field (a parameter of its own or
 * a property of a form object), an uploaded file (its name) or a field of a JSON body. Read from the handler method's
 * parameters, the way Spring binds them.
 */
record Input(Kind kind, String name, Class<?> type) {

	enum Kind {

		PATH, PARAM, FILE, JSON

	}

	/** What the framework supplies rather than the request's data. */
	private static final Set<Class<?>> SUPPLIED = Set.of(Locale.class, TimeZone.class, java.time.ZoneId.class,
			Principal.class, Errors.class);

	/** Annotations of arguments taken from the session, the security context or the request's attributes. */
	private static final Set<String> SUPPLIED_BY = Set.of("AuthenticationPrincipal", "CurrentSecurityContext",
			"SessionAttribute", "RequestAttribute", "RequestHeader", "CookieValue", "Value");

	static List<Input> of(Endpoint endpoint) {
		Set<Input> inputs = new LinkedHashSet<>();
		for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (path != null) {
				inputs.add(new Input(Kind.PATH, name(path.name(), parameter), type));
			}
			else if (param != null) {
				if (!Map.class.isAssignableFrom(type)) {
					Kind kind = MultipartFile.class.isAssignableFrom(type) ? Kind.FILE : Kind.PARAM;
					inputs.add(new Input(kind, name(param.name(), parameter), kind == Kind.FILE ? String.class : type));
				}
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				properties(type).forEach((name, property) -> inputs.add(new Input(Kind.JSON, name, property)));
			}
			else if (supplied(parameter)) {
				continue;
			}
			else if (BeanUtils.isSimpleProperty(type) && !parameter.hasParameterAnnotation(ModelAttribute.class)) {
				inputs.add(new Input(Kind.PARAM, parameter.getParameterName(), type));
			}
			else {
				properties(type).forEach((name, property) -> inputs.add(new Input(Kind.PARAM, name, property)));
			}
		}
		return List.copyOf(inputs);
	}

	private static String name(String declared, MethodParameter parameter) {
		return declared.isEmpty() ? parameter.getParameterName() : declared;
	}

	private static boolean supplied(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		if (SUPPLIED.stream().anyMatch(s -> s.isAssignableFrom(type)) || type.getName().startsWith("org.springframework.")
				|| type.getName().startsWith("jakarta.") || type.getName().startsWith("java.io.")) {
			return true;
		}
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			if (SUPPLIED_BY.contains(annotation.annotationType().getSimpleName())) {
				return true;
			}
		}
		return type.getName().startsWith("cn.zhicheng.portal.account.PortalUser");
	}

	/** The simple properties a form binds: a record's components, a bean's writable properties. */
	private static Map<String, Class<?>> properties(Class<?> type) {
		Map<String, Class<?>> names = new LinkedHashMap<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (BeanUtils.isSimpleProperty(component.getType())) {
					names.put(component.getName(), component.getType());
				}
			}
			return names;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null && BeanUtils.isSimpleProperty(property.getPropertyType())) {
				names.put(property.getName(), property.getPropertyType());
			}
		}
		return names;
	}

	@Override
	public String toString() {
		return kind.name().toLowerCase(Locale.ROOT) + " " + name;
	}

}
