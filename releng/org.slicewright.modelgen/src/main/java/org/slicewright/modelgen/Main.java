package org.slicewright.modelgen;

import java.io.File;
import java.util.*;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.*;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.*;
import org.eclipse.emf.ecore.*;
import org.eclipse.emf.ecore.resource.*;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Writes the five .ecore files and the genmodel from {@link Model}, then runs EMF's generator for
 * the model and edit code. Argument 0: the repository root. {@link Model} is the metamodel's one
 * source: the .ecore files are generated from it every time (an edit made to them directly would be
 * lost at the next run, so there is no mode that keeps them).
 */
public class Main {
  public static void main(String[] a) throws Exception {
    String repo = new File(a[0]).getCanonicalPath();
    File modelDir = new File(repo, "bundles/org.slicewright.model/model");
    modelDir.mkdirs();
    URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/org.slicewright.model/", false), URI.createFileURI(new File(repo, "bundles/org.slicewright.model").getAbsolutePath() + "/"));
    URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/org.slicewright.model.edit/", false), URI.createFileURI(new File(repo, "bundles/org.slicewright.model.edit").getAbsolutePath() + "/"));
    ResourceSet rs = resourceSet();
    URI gmUri = URI.createFileURI(new File(modelDir, "slicewright.genmodel").getAbsolutePath());
    writeMetamodel(rs, modelDir, gmUri);
    // Generate from the files just written, as an Eclipse user would, in a fresh resource set.
    rs = resourceSet();
    Resource gr = rs.getResource(gmUri, true);
    GenModel gm = (GenModel) gr.getContents().get(0);
    gm.reconcile();
    gm.setCanGenerate(true);
    Diagnostic d = gm.diagnose();
    if (d.getSeverity() != Diagnostic.OK) System.out.println("diagnose: " + d);
    org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory.DESCRIPTOR);
    Generator gen = new Generator();
    gen.setInput(gm);
    Diagnostic r1 = gen.generate(gm, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out));
    System.out.println("model: " + r1.getSeverity() + " " + r1.getChildren());
    Diagnostic r2 = gen.generate(gm, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor.Printing(System.out));
    System.out.println("edit: " + r2.getSeverity() + " " + r2.getChildren());
  }

  private static ResourceSet resourceSet() {
    ResourceSet rs = new ResourceSetImpl();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
    rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    return rs;
  }

  /** Writes the five .ecore files and the genmodel from {@link Model}. */
  private static void writeMetamodel(ResourceSet rs, File modelDir, URI gmUri) throws Exception {
    Model m = new Model();
    List<EPackage> pkgs = List.of(m.topology.p, m.slicing.p, m.pooling.p, m.twins.p, m.scenario.p);
    for (EPackage p : pkgs) {
      Resource r = rs.createResource(URI.createFileURI(new File(modelDir, p.getName() + ".ecore").getAbsolutePath()));
      r.getContents().add(p);
    }
    for (EPackage p : pkgs) p.eResource().save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
    GenModel gm = GenModelFactory.eINSTANCE.createGenModel();
    gm.initialize(pkgs);
    gm.setModelName("Slicewright");
    gm.setModelPluginID("org.slicewright.model");
    gm.setModelDirectory("/org.slicewright.model/src-gen");
    gm.setEditPluginID("org.slicewright.model.edit");
    gm.setEditDirectory("/org.slicewright.model.edit/src-gen");
    gm.setEditPluginClass("org.slicewright.model.provider.SlicewrightEditPlugin");
    gm.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
    gm.setCopyrightText("Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0");
    gm.setCopyrightFields(false);
    gm.setCodeFormatting(false);
    gm.setBundleManifest(true);
    gm.setUpdateClasspath(false);
    gm.setOperationReflection(true);
    gm.setImportOrganizing(true);
    gm.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
    gm.getForeignModel().clear();
    for (GenPackage gp : gm.getGenPackages()) {
      gp.setBasePackage("org.slicewright.model");
      String n = gp.getEcorePackage().getName();
      gp.setPrefix(Character.toUpperCase(n.charAt(0)) + n.substring(1));
      gp.setResource(GenResourceKind.NONE_LITERAL);
    }
    Resource gr = rs.createResource(gmUri);
    gr.getContents().add(gm);
    gr.save(null);
    System.out.println("wrote ecore + genmodel");
  }
}
