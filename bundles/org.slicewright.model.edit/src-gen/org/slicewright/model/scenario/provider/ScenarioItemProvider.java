/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.slicewright.model.pooling.PoolingFactory;

import org.slicewright.model.provider.SlicewrightEditPlugin;

import org.slicewright.model.scenario.Scenario;
import org.slicewright.model.scenario.ScenarioFactory;
import org.slicewright.model.scenario.ScenarioPackage;

import org.slicewright.model.slicing.SlicingFactory;

import org.slicewright.model.topology.TopologyFactory;

import org.slicewright.model.topology.provider.IdentifiedItemProvider;

import org.slicewright.model.twins.TwinsFactory;

/**
 * This is the item provider adapter for a {@link org.slicewright.model.scenario.Scenario} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addDescriptionPropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scenario_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_description_feature", "_UI_Scenario_type"),
				 ScenarioPackage.Literals.SCENARIO__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scenario_seed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_seed_feature", "_UI_Scenario_type"),
				 ScenarioPackage.Literals.SCENARIO__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__NETWORK);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__SLICES);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__PRIMARY_POOL);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__SECONDARY_POOLS);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__COST_MODEL);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__TWIN_MODEL);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__LEVEL_ONE_TWINS);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__LEVEL_TWO_TWINS);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__POOLING_STUDIES);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__OFFLOADING_POLICIES);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__SELECTION_POLICIES);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__SWEEPS);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__RUNS);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__TWIN_STUDIES);
			childrenFeatures.add(ScenarioPackage.Literals.SCENARIO__SURROGATES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Scenario.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Scenario"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Scenario)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Scenario_type") :
			getString("_UI_Scenario_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Scenario.class)) {
			case ScenarioPackage.SCENARIO__DESCRIPTION:
			case ScenarioPackage.SCENARIO__SEED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ScenarioPackage.SCENARIO__NETWORK:
			case ScenarioPackage.SCENARIO__SLICES:
			case ScenarioPackage.SCENARIO__PRIMARY_POOL:
			case ScenarioPackage.SCENARIO__SECONDARY_POOLS:
			case ScenarioPackage.SCENARIO__COST_MODEL:
			case ScenarioPackage.SCENARIO__TWIN_MODEL:
			case ScenarioPackage.SCENARIO__LEVEL_ONE_TWINS:
			case ScenarioPackage.SCENARIO__LEVEL_TWO_TWINS:
			case ScenarioPackage.SCENARIO__POOLING_STUDIES:
			case ScenarioPackage.SCENARIO__OFFLOADING_POLICIES:
			case ScenarioPackage.SCENARIO__SELECTION_POLICIES:
			case ScenarioPackage.SCENARIO__SWEEPS:
			case ScenarioPackage.SCENARIO__RUNS:
			case ScenarioPackage.SCENARIO__TWIN_STUDIES:
			case ScenarioPackage.SCENARIO__SURROGATES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__NETWORK,
				 TopologyFactory.eINSTANCE.createNetwork()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__SLICES,
				 SlicingFactory.eINSTANCE.createSlice()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__PRIMARY_POOL,
				 PoolingFactory.eINSTANCE.createPrimaryPool()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__SECONDARY_POOLS,
				 PoolingFactory.eINSTANCE.createSecondaryPool()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__COST_MODEL,
				 PoolingFactory.eINSTANCE.createResourceUnitCostModel()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__TWIN_MODEL,
				 TwinsFactory.eINSTANCE.createTwinModelConfig()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__LEVEL_ONE_TWINS,
				 TwinsFactory.eINSTANCE.createLevelOneTwin()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__LEVEL_TWO_TWINS,
				 TwinsFactory.eINSTANCE.createLevelTwoTwin()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__POOLING_STUDIES,
				 ScenarioFactory.eINSTANCE.createPoolingStudy()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__OFFLOADING_POLICIES,
				 ScenarioFactory.eINSTANCE.createOffloadingPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__SELECTION_POLICIES,
				 ScenarioFactory.eINSTANCE.createNodeSelectionPolicy()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__SWEEPS,
				 ScenarioFactory.eINSTANCE.createSweep()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__RUNS,
				 ScenarioFactory.eINSTANCE.createRun()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__TWIN_STUDIES,
				 ScenarioFactory.eINSTANCE.createTwinStudy()));

		newChildDescriptors.add
			(createChildParameter
				(ScenarioPackage.Literals.SCENARIO__SURROGATES,
				 ScenarioFactory.eINSTANCE.createSurrogate()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SlicewrightEditPlugin.INSTANCE;
	}

}
