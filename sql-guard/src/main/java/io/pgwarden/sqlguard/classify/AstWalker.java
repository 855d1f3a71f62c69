package io.pgwarden.sqlguard.classify;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Visits every JSqlParser tree node reachable from a statement by following all of their fields.
 *
 * <p>Why reflection instead of JSqlParser's visitors: a visitor only reaches the positions its author thought of, and
 * each JSqlParser release adds node types and fields. A function call in a position the visitor skips (a window
 * frame, a FILTER clause, a LIMIT sub-query, a new clause) would escape the guard. Following every field cannot skip
 * anything, so a missed call is impossible by construction. Field lists are cached per class, so a walk costs well
 * under the parse itself.
 */
final class AstWalker {

    /** Called for each node, with the node that holds it (null for the root). */
    interface NodeVisitor {
        void visit(Object node, Object owner);
    }

    private static final String TREE_PACKAGE = "net.sf.jsqlparser.";
    private static final String PARSER_PACKAGE = "net.sf.jsqlparser.parser.";

    private static final ClassValue<List<Field>> TREE_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && isTreeClass(c); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && mayHoldNodes(field.getType())) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private AstWalker() {
    }

    static void walk(Object root, NodeVisitor visitor) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> pending = new ArrayDeque<>();
        pending.push(new Object[] {root, null});
        while (!pending.isEmpty()) {
            Object[] entry = pending.pop();
            Object node = entry[0];
            if (!seen.add(node)) {
                continue;
            }
            visitor.visit(node, entry[1]);
            for (Field field : TREE_FIELDS.get(node.getClass())) {
                pushChildren(read(field, node), node, pending);
            }
        }
    }

    private static void pushChildren(Object value, Object owner, Deque<Object[]> pending) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                pushChildren(element, owner, pending);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> mapEntry : map.entrySet()) {
                pushChildren(mapEntry.getKey(), owner, pending);
                pushChildren(mapEntry.getValue(), owner, pending);
            }
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                pushChildren(element, owner, pending);
            }
        } else if (isTreeClass(value.getClass()) && !value.getClass().isEnum()) {
            pending.push(new Object[] {value, owner});
        }
    }

    private static Object read(Field field, Object node) {
        try {
            return field.get(node);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static boolean isTreeClass(Class<?> type) {
        String name = type.getName();
        return name.startsWith(TREE_PACKAGE) && !name.startsWith(PARSER_PACKAGE);
    }

    private static boolean mayHoldNodes(Class<?> type) {
        return !type.isPrimitive() && !type.isEnum() && type != String.class && !Number.class.isAssignableFrom(type)
                && type != Boolean.class && type != Character.class && !type.getName().startsWith(PARSER_PACKAGE);
    }
}
