package org.slicewright.modelgen;

import java.util.*;
import org.eclipse.emf.ecore.*;

/** Declares one Ecore package compactly: its classes, enums, attributes and references, each with its documentation. */
public class PackageBuilder {
  static final EcoreFactory F = EcoreFactory.eINSTANCE;
  static final EcorePackage E = EcorePackage.eINSTANCE;
  static final String GENMODEL = "http://www.eclipse.org/emf/2002/GenModel";
  final EPackage p;
  PackageBuilder(String name, String doc) {
    p = F.createEPackage();
    p.setName(name); p.setNsPrefix(name); p.setNsURI("http://slicewright.org/model/" + name + "/1.0");
    doc(p, doc);
  }
  static void doc(EModelElement e, String doc) { EcoreUtil_setDoc(e, doc); }
  static void EcoreUtil_setDoc(EModelElement e, String doc) {
    org.eclipse.emf.ecore.util.EcoreUtil.setDocumentation(e, doc);
  }
  EClass cls(String name, String doc, EClass... supers) {
    EClass c = F.createEClass(); c.setName(name); doc(c, doc);
    c.getESuperTypes().addAll(Arrays.asList(supers)); p.getEClassifiers().add(c); return c;
  }
  EClass abs(String name, String doc, EClass... supers) { EClass c = cls(name, doc, supers); c.setAbstract(true); return c; }
  EEnum en(String name, String doc, String... lits) {
    EEnum e = F.createEEnum(); e.setName(name); doc(e, doc);
    int i = 0; for (String l : lits) { EEnumLiteral lit = F.createEEnumLiteral(); lit.setName(l); lit.setLiteral(l); lit.setValue(i++); e.getELiterals().add(lit); }
    p.getEClassifiers().add(e); return e;
  }
  static EAttribute attr(EClass c, String name, EClassifier type, String def, String doc) {
    EAttribute a = F.createEAttribute(); a.setName(name); a.setEType(type);
    if (def != null) a.setDefaultValueLiteral(def);
    if (doc != null) doc(a, doc);
    c.getEStructuralFeatures().add(a); return a;
  }
  static EAttribute many(EClass c, String name, EClassifier type, String doc) {
    EAttribute a = attr(c, name, type, null, doc); a.setUpperBound(-1); a.setUnique(false); return a;
  }
  /** Source of the annotation giving a numeric attribute's finite range (details "min" and "max", either may be absent). */
  static final String RANGE = "http://slicewright.org/range";
  /** Declares the range validation holds a numeric attribute to; null leaves a side open (finite values only). */
  static EAttribute range(EAttribute a, String min, String max) {
    EAnnotation an = F.createEAnnotation(); an.setSource(RANGE);
    if (min != null) an.getDetails().put("min", min);
    if (max != null) an.getDetails().put("max", max);
    a.getEAnnotations().add(an); return a;
  }
  /** Source of the annotation naming the node kinds a feature applies to (detail "kinds", space-separated). */
  static final String KINDS = "http://slicewright.org/kinds";
  /** Declares that a node feature only applies to nodes of these kinds (Properties hides it for the others). */
  static <T extends EStructuralFeature> T onlyFor(T f, String... kinds) {
    EAnnotation an = F.createEAnnotation(); an.setSource(KINDS);
    an.getDetails().put("kinds", String.join(" ", kinds));
    f.getEAnnotations().add(an); return f;
  }
  static EReference cont(EClass c, String name, EClass type, boolean many, String doc) {
    EReference r = F.createEReference(); r.setName(name); r.setEType(type); r.setContainment(true);
    r.setUpperBound(many ? -1 : 1); if (doc != null) doc(r, doc); c.getEStructuralFeatures().add(r); return r;
  }
  static EReference ref(EClass c, String name, EClass type, boolean many, String doc) {
    EReference r = F.createEReference(); r.setName(name); r.setEType(type);
    r.setUpperBound(many ? -1 : 1); if (doc != null) doc(r, doc); c.getEStructuralFeatures().add(r); return r;
  }
  static EDataType STR = E.getEString(), DBL = E.getEDouble(), INT = E.getEInt(), LONG = E.getELong(), BOOL = E.getEBoolean();
}
