/**
 * Copyright (c) 2026 Slicewright contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.slicewright.model.scenario.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.slicewright.model.provider.SlicewrightEditPlugin;

import org.slicewright.model.scenario.NodeSelectionPolicy;
import org.slicewright.model.scenario.ScenarioPackage;

import org.slicewright.model.topology.provider.IdentifiedItemProvider;

/**
 * This is the item provider adapter for a {@link org.slicewright.model.scenario.NodeSelectionPolicy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class NodeSelectionPolicyItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeSelectionPolicyItemProvider(AdapterFactory adapterFactory) {
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

			addKindPropertyDescriptor(object);
			addAlphaPropertyDescriptor(object);
			addBetaPropertyDescriptor(object);
			addGammaPropertyDescriptor(object);
			addW1PropertyDescriptor(object);
			addW5PropertyDescriptor(object);
			addW15PropertyDescriptor(object);
			addQosFitPropertyDescriptor(object);
			addQosBudgetMsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_kind_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Alpha feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAlphaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_alpha_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_alpha_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__ALPHA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Beta feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBetaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_beta_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_beta_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__BETA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Gamma feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGammaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_gamma_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_gamma_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__GAMMA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the W1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addW1PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_w1_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_w1_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__W1,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the W5 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addW5PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_w5_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_w5_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__W5,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the W15 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addW15PropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_w15_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_w15_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__W15,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Qos Fit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQosFitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_qosFit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_qosFit_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__QOS_FIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Qos Budget Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQosBudgetMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_NodeSelectionPolicy_qosBudgetMs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_NodeSelectionPolicy_qosBudgetMs_feature", "_UI_NodeSelectionPolicy_type"),
				 ScenarioPackage.Literals.NODE_SELECTION_POLICY__QOS_BUDGET_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns NodeSelectionPolicy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/NodeSelectionPolicy"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((NodeSelectionPolicy)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_NodeSelectionPolicy_type") :
			getString("_UI_NodeSelectionPolicy_type") + " " + label;
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

		switch (notification.getFeatureID(NodeSelectionPolicy.class)) {
			case ScenarioPackage.NODE_SELECTION_POLICY__KIND:
			case ScenarioPackage.NODE_SELECTION_POLICY__ALPHA:
			case ScenarioPackage.NODE_SELECTION_POLICY__BETA:
			case ScenarioPackage.NODE_SELECTION_POLICY__GAMMA:
			case ScenarioPackage.NODE_SELECTION_POLICY__W1:
			case ScenarioPackage.NODE_SELECTION_POLICY__W5:
			case ScenarioPackage.NODE_SELECTION_POLICY__W15:
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_FIT:
			case ScenarioPackage.NODE_SELECTION_POLICY__QOS_BUDGET_MS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
