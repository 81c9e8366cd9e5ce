package org.centerformsc.portal.development.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What a newcomer types on the development provider's sign-up form. */
record SignUpForm(String name, String email, String password, String repeated) {

    static final int MIN_PASSWORD = 8;
    // one @, something on both sides, a dot in the domain: what matters is catching typing slips
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    SignUpForm {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
        repeated = repeated == null ? "" : repeated;
    }

    /** Each field's problem as a text key, in the order of the form; empty when the account can be created. */
    Map<String, String> problems(Predicate<String> taken) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", "devidp.signup.name.missing");
        } else if (name.length() > 200) {
            problems.put("name", "devidp.signup.name.long");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.put("email", "devidp.signup.email.invalid");
        } else if (taken.test(email)) {
            problems.put("email", "devidp.signup.email.taken");
        }
        if (password.length() < MIN_PASSWORD) {
            problems.put("password", "devidp.signup.password.short");
        } else if (!password.equals(repeated)) {
            problems.put("repeated", "devidp.signup.password.mismatch");
        }
        return problems;
    }
}
